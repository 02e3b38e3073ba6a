package io.tqc.engine;

import java.util.Map;
import org.languagetool.rules.ITSIssueType;
import org.languagetool.rules.Rule;

/**
 * Maps a LanguageTool rule to an MQM category and a default severity: first by the rule's
 * LanguageTool category, which is the more specific signal, then by its ITS issue type. The README
 * documents this table. A severity measured on annotated data ({@link MeasuredSeverities})
 * replaces the table's.
 */
public final class LanguageToolCategories {

  /** MQM category and severity for a LanguageTool rule. */
  public record Mapping(Category category, Severity severity) {}

  private static final Map<String, Mapping> BY_CATEGORY = Map.ofEntries(
      Map.entry("TYPOS", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("CASING", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("COMPOUNDING", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("GRAMMAR", new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry("CONFUSED_WORDS", new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry("REPETITIONS", new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry("PUNCTUATION", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry("TYPOGRAPHY", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry("SEMANTICS", new Mapping(Category.INCONSISTENCY, Severity.MAJOR)),
      Map.entry("FALSE_FRIENDS", new Mapping(Category.MISTRANSLATION, Severity.MAJOR)),
      Map.entry("COLLOCATIONS", new Mapping(Category.UNIDIOMATIC, Severity.MINOR)),
      Map.entry("REGIONALISMS", new Mapping(Category.UNIDIOMATIC, Severity.MINOR)),
      Map.entry("COLLOQUIALISMS", new Mapping(new Category("Fluency", "Register"),
          Severity.MINOR)),
      Map.entry("STYLE", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("REDUNDANCY", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("REPETITIONS_STYLE", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("PLAIN_ENGLISH", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("WIKIPEDIA", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("GENDER_NEUTRALITY", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("CREATIVE_WRITING", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("CORRESPONDENCE", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("IDIOMS", new Mapping(Category.UNIDIOMATIC, Severity.MINOR)),
      Map.entry("MULTITOKEN_SPELLING", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("PROPER_NOUNS", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("EMPFOHLENE_RECHTSCHREIBUNG", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("HILFESTELLUNG_KOMMASETZUNG", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      // French LanguageTool names its own categories.
      Map.entry("AGREEMENT", new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry("CAT_GRAMMAIRE", new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry("CAT_HOMONYMES_PARONYMES", new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry("CAT_ELISION", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("CAT_MAJUSCULES", new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry("CAT_TYPOGRAPHIE", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry("PONCTUATION_POINT", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry("PONCTUATION_VIRGULE", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry("PONCTUATION_STYLE_OS", new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry("CAT_CALQUES", new Mapping(Category.UNIDIOMATIC, Severity.MINOR)),
      Map.entry("CAT_ANGLICISMES_FOREIGN_TERMS", new Mapping(Category.UNIDIOMATIC,
          Severity.MINOR)),
      Map.entry("CAT_REGIONALISMES", new Mapping(Category.UNIDIOMATIC, Severity.MINOR)),
      Map.entry("CAT_ARCHAISMES", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("CAT_PLEONASMES", new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry("CAT_TOURS_CRITIQUES", new Mapping(Category.AWKWARD, Severity.MINOR)));

  /** A word written twice in a row is an error in every language, whatever the category. */
  private static final Mapping REPEATED_WORD = new Mapping(Category.GRAMMAR, Severity.MAJOR);

  private static final Map<ITSIssueType, Mapping> BY_ISSUE_TYPE = Map.ofEntries(
      Map.entry(ITSIssueType.Misspelling, new Mapping(Category.SPELLING, Severity.MINOR)),
      Map.entry(ITSIssueType.Grammar, new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry(ITSIssueType.Duplication, new Mapping(Category.GRAMMAR, Severity.MAJOR)),
      Map.entry(ITSIssueType.Typographical, new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry(ITSIssueType.Whitespace, new Mapping(Category.PUNCTUATION, Severity.MINOR)),
      Map.entry(ITSIssueType.Style, new Mapping(Category.AWKWARD, Severity.MINOR)),
      Map.entry(ITSIssueType.Register, new Mapping(new Category("Fluency", "Register"),
          Severity.MINOR)),
      Map.entry(ITSIssueType.Inconsistency, new Mapping(Category.INCONSISTENCY, Severity.MINOR)),
      Map.entry(ITSIssueType.Terminology, new Mapping(new Category("Terminology", "Wrong term"),
          Severity.MINOR)),
      Map.entry(ITSIssueType.Mistranslation, new Mapping(Category.MISTRANSLATION,
          Severity.MAJOR)),
      Map.entry(ITSIssueType.Untranslated, new Mapping(Category.UNTRANSLATED, Severity.MAJOR)),
      Map.entry(ITSIssueType.Characters, new Mapping(new Category("Fluency",
          "Character encoding"), Severity.MINOR)),
      Map.entry(ITSIssueType.Numbers, new Mapping(new Category("Locale convention",
          "Number format"), Severity.MINOR)),
      Map.entry(ITSIssueType.LocaleViolation, new Mapping(new Category("Locale convention", ""),
          Severity.MINOR)));

  /** LanguageTool's rules are grammar rules unless they say otherwise. */
  private static final Mapping FALLBACK = new Mapping(Category.GRAMMAR, Severity.MINOR);

  private LanguageToolCategories() {}

  /**
   * @param languageCode the checked language, as a LanguageTool code ({@code en-US}) or its
   *     two-letter part
   */
  public static Mapping of(Rule rule, String languageCode) {
    String categoryId = rule.getCategory() == null ? "" : rule.getCategory().getId().toString();
    Mapping table = byTable(rule, categoryId);
    String language = languageCode.split("-", 2)[0];
    return MeasuredSeverities.shipped().of(language, rule.getId(), categoryId)
        .map(severity -> new Mapping(table.category(), severity))
        .orElse(table);
  }

  private static Mapping byTable(Rule rule, String categoryId) {
    if (rule.getId().endsWith("WORD_REPEAT_RULE")) {
      return REPEATED_WORD;
    }
    Mapping byCategory = BY_CATEGORY.get(categoryId);
    if (byCategory != null) {
      return byCategory;
    }
    return BY_ISSUE_TYPE.getOrDefault(rule.getLocQualityIssueType(), FALLBACK);
  }
}
