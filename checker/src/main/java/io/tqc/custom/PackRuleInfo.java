package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.LanguageRuleSet;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.List;
import java.util.Objects;

/**
 * What every rule from a pack shares, whatever its kind: identity, where it was written, how its
 * findings are graded and the examples that test it.
 *
 * @param id UPPER_SNAKE id, unique across all rules
 * @param source the pack file as shown in reports ({@code rules/en/zh-en-translationese.csv})
 * @param line the line of {@code source} that defines the rule
 * @param language language code of the pack folder ({@code en}); the rule applies to its variants
 * @param message the finding's message
 * @param examples must-flag and must-not-flag examples
 */
public record PackRuleInfo(
    String id,
    String source,
    int line,
    String language,
    Category category,
    Severity severity,
    String message,
    List<RuleExample> examples) {

  public PackRuleInfo {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    examples = List.copyOf(examples);
  }

  /** Whether a LanguageTool code ({@code en-US}) belongs to the pack's language. */
  public boolean appliesTo(String languageCode) {
    return LanguageRuleSet.packApplies(language, languageCode);
  }
}
