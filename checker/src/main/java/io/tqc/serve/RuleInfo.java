package io.tqc.serve;

import io.tqc.engine.Category;
import io.tqc.engine.Rule;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a response says about the rule of a match ({@code rule.description}, {@code issueType},
 * {@code category}, {@code urls}), for LanguageTool's rules and for tqc's.
 */
record RuleInfo(String description, String issueType, String categoryId, String categoryName,
    List<String> urls) {

  /** LanguageTool's issue types (ITS 2.0) for tqc's second-level MQM categories. */
  private static final Map<String, String> ISSUE_TYPES = Map.of(
      "Spelling", "misspelling", "Grammar", "grammar", "Punctuation", "typographical",
      "Untranslated", "untranslated", "Mistranslation", "mistranslation",
      "Inconsistency", "inconsistency", "Terminology", "terminology");

  RuleInfo {
    urls = List.copyOf(urls);
  }

  /** A tqc rule: its MQM category is its category, {@code Fluency/Spelling -> FLUENCY_SPELLING}. */
  static RuleInfo of(Rule rule) {
    return ofCategory(rule.description(), rule.category());
  }

  static RuleInfo ofCategory(String description, Category category) {
    String issueType = ISSUE_TYPES.getOrDefault(category.sub(),
        category.top().equals("Style") ? "style" : "other");
    return new RuleInfo(description, issueType, categoryId(category), category.toString(),
        List.of());
  }

  static String categoryId(Category category) {
    return category.toString().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]+", "_");
  }

  static RuleInfo of(org.languagetool.rules.Rule rule) {
    return new RuleInfo(rule.getDescription(), rule.getLocQualityIssueType().toString(),
        rule.getCategory().getId().toString(), rule.getCategory().getName(),
        rule.getUrl() == null ? List.of() : List.of(rule.getUrl().toString()));
  }

  /** How LanguageTool's clients colour a match: spelling, style hint, or anything else. */
  String typeName() {
    return switch (issueType) {
      case "misspelling" -> "UnknownWord";
      case "style", "register", "locale-violation" -> "Hint";
      default -> "Other";
    };
  }
}
