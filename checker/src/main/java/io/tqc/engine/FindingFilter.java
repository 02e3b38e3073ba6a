package io.tqc.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place where findings are suppressed or re-graded: disabled rules, per-rule severity
 * overrides, and LanguageTool spelling alarms on words the document itself uses as names.
 */
public final class FindingFilter {
  /** LanguageTool's spell checkers: Morfologik and Hunspell rules, German and French spellers. */
  private static final Pattern SPELLING_RULE = Pattern.compile(
      ".*(MORFOLOGIK|HUNSPELL|SPELLER|SPELLING).*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");

  private final Set<String> disabledRules;
  private final Map<String, Severity> severityOverrides;

  /** The findings kept, and how many spelling alarms were dropped because of names. */
  public record Filtered(List<Finding> kept, int silencedSpellingAlarms) {}

  public FindingFilter(Set<String> disabledRules, Map<String, Severity> severityOverrides) {
    this.disabledRules = Set.copyOf(disabledRules);
    this.severityOverrides = Map.copyOf(severityOverrides);
  }

  public static FindingFilter none() {
    return new FindingFilter(Set.of(), Map.of());
  }

  public Filtered apply(CheckContext context, List<Finding> findings) {
    List<Finding> kept = new ArrayList<>(findings.size());
    Map<String, Boolean> names = new HashMap<>();
    int silenced = 0;
    for (Finding finding : findings) {
      if (disabledRules.contains(finding.ruleId())) {
        continue;
      }
      if (isSpellingAlarm(finding) && names.computeIfAbsent(finding.text(),
          word -> usedAsName(context.text(), word))) {
        silenced++;
        continue;
      }
      Severity override = severityOverrides.get(finding.ruleId());
      kept.add(override == null ? finding : finding.withSeverity(override));
    }
    return new Filtered(kept, silenced);
  }

  private static boolean isSpellingAlarm(Finding finding) {
    return Finding.SOURCE_LANGUAGETOOL.equals(finding.ruleSource())
        && SPELLING_RULE.matcher(finding.ruleId()).matches()
        && WORD.matcher(finding.text()).matches();
  }

  /**
   * Whether the document uses a word as a name: capitalised at every occurrence, and at least
   * once in mid-sentence, where the capital cannot come from the sentence start ("said Elop").
   * A name MT garbled once is still flagged if it also appears in lower case.
   */
  static boolean usedAsName(String text, String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(word)
        + "(?![\\p{L}\\p{M}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text);
    boolean midSentence = false;
    while (m.find()) {
      if (!Character.isUpperCase(text.codePointAt(m.start()))) {
        return false;
      }
      midSentence |= isMidSentence(text, m.start());
    }
    return midSentence;
  }

  private static boolean isMidSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || i == at - 1) {
      return false;
    }
    char c = text.charAt(i);
    return Character.isLetterOrDigit(c) || c == ',' || c == ';';
  }
}
