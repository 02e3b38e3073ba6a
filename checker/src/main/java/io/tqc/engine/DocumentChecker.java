package io.tqc.engine;

import io.tqc.read.Document;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.languagetool.Language;
import org.languagetool.rules.RuleMatch;

/**
 * Checks one document: picks its language, runs LanguageTool once, runs tqc's rules on that
 * analysis, filters the findings and merges those that report the same error. Safe to call
 * from several threads at once.
 */
public final class DocumentChecker {
  private static final int MAX_SUGGESTIONS = 5;
  public static final Comparator<Finding> BY_POSITION = Comparator.comparingInt(Finding::start)
      .thenComparingInt(Finding::end).thenComparing(Finding::ruleId);

  private final LanguageResolver languages;
  private final LanguageToolPool pool;
  private final List<Rule> rules;
  private final FindingFilter filter;
  private final CheckTimeLimit timeLimit;

  public DocumentChecker(LanguageResolver languages, LanguageToolPool pool, List<Rule> rules,
      FindingFilter filter, CheckTimeLimit timeLimit) {
    this.languages = languages;
    this.pool = pool;
    this.rules = List.copyOf(rules);
    this.filter = filter;
    this.timeLimit = timeLimit;
  }

  public DocumentResult check(Document document) {
    Language language;
    try {
      language = languages.resolve(document.text(),
          document.segmentation().targetLanguage());
    } catch (UnsupportedLanguageException e) {
      return DocumentResult.unsupportedLanguage(document.file(), document, e.getMessage());
    }
    return check(document, language);
  }

  /**
   * Checks a document in a language its caller chose (a server request names one per text),
   * with the same rules, filter and time limit as {@link #check(Document)}.
   */
  public DocumentResult check(Document document, Language language) {
    return check(document, language, Set.of());
  }

  /**
   * Checks a document in a chosen language with some of LanguageTool's rules that are off by
   * default turned on for this document only ({@link LanguageToolSession#check(String,
   * org.languagetool.JLanguageTool.CheckCancelledCallback, Set)}).
   */
  public DocumentResult check(Document document, Language language,
      Set<String> languageToolRulesOn) {
    String code = language.getShortCodeWithCountryAndVariant();
    // Loading a language for this worker can take seconds; the document is not charged for it.
    LanguageToolSession session = pool.session(language);
    long deadline = timeLimit.deadlineFromNow();
    LanguageToolSession.Output output;
    try {
      output = session.check(document.text(), () -> System.nanoTime() > deadline,
          languageToolRulesOn);
    } catch (IOException e) {
      return DocumentResult.failed(document.file(), document, code,
          "LanguageTool could not check the text: " + e.getMessage());
    }
    if (output.cancelled() || System.nanoTime() > deadline) {
      return DocumentResult.failed(document.file(), document, code, timeLimit.exceededMessage());
    }
    FindingFactory factory = new FindingFactory(document, code);
    List<Finding> languageToolFindings = findingsOf(output, factory);
    List<Finding> findings = new ArrayList<>(languageToolFindings);
    CheckContext context = new CheckContext(document, language, output.sentences(),
        languageToolFindings, factory, new Deadline(deadline, timeLimit.exceededMessage()));
    for (Rule rule : rules) {
      if (!rule.appliesTo(code)) {
        continue;
      }
      try {
        findings.addAll(rule.check(context));
      } catch (TimeLimitExceededException e) {
        return DocumentResult.failed(document.file(), document, code, e.getMessage());
      }
      if (System.nanoTime() > deadline) {
        return DocumentResult.failed(document.file(), document, code,
            timeLimit.exceededMessage());
      }
    }
    FindingFilter.Filtered filtered;
    try {
      filtered = filter.apply(context, findings);
    } catch (TimeLimitExceededException e) {
      return DocumentResult.failed(document.file(), document, code, e.getMessage());
    }
    List<Finding> kept = new ArrayList<>(DuplicateFindings.merge(filtered.kept()));
    kept.sort(BY_POSITION);
    return new DocumentResult(document.file(), document, code, document.words(), kept, null,
        filtered.silencedSpellingAlarms());
  }

  /** LanguageTool's matches as findings of the factory's document. */
  public static List<Finding> findingsOf(LanguageToolSession.Output output, FindingFactory factory) {
    List<Finding> findings = new ArrayList<>(output.matches().size());
    for (RuleMatch match : output.matches()) {
      findings.add(toFinding(match, factory, factory.language()));
    }
    return findings;
  }

  private static Finding toFinding(RuleMatch match, FindingFactory factory, String code) {
    LanguageToolCategories.Mapping mapping = LanguageToolCategories.of(match.getRule(), code);
    List<String> suggestions = match.getSuggestedReplacements();
    if (suggestions.size() > MAX_SUGGESTIONS) {
      suggestions = suggestions.subList(0, MAX_SUGGESTIONS);
    }
    return factory.create(match.getFromPos(), match.getToPos(), match.getRule().getId(),
        Finding.SOURCE_LANGUAGETOOL, mapping.category(), mapping.severity(),
        plainMessage(match.getMessage()), suggestions);
  }

  /** LanguageTool marks suggestions inside messages with tags; reports want plain text. */
  static String plainMessage(String message) {
    return message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
  }
}
