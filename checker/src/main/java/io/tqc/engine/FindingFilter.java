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

  /** Fewest occurrences of an unknown capitalised word before it counts as a name. */
  static final int MIN_NAME_USES = 2;

  private final Set<String> disabledRules;
  private final Map<String, Severity> severityOverrides;
  private final boolean silenceNames;

  /** The findings kept, and how many spelling alarms were dropped because of names. */
  public record Filtered(List<Finding> kept, int silencedSpellingAlarms) {}

  public FindingFilter(Set<String> disabledRules, Map<String, Severity> severityOverrides) {
    this(disabledRules, severityOverrides, true);
  }

  /**
   * @param silenceNames whether spelling alarms on words the document uses as names are dropped
   */
  public FindingFilter(Set<String> disabledRules, Map<String, Severity> severityOverrides,
      boolean silenceNames) {
    this.disabledRules = Set.copyOf(disabledRules);
    this.severityOverrides = Map.copyOf(severityOverrides);
    this.silenceNames = silenceNames;
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
      if (silenceNames && isSpellingAlarm(finding) && names.computeIfAbsent(finding.text(),
          word -> usedAsName(context, word))) {
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
   * Whether the document uses a word as a name: capitalised at every occurrence, used at least
   * {@link #MIN_NAME_USES} times, and at least once on its own in mid-sentence (after a
   * lower-case word or a comma, as in "said Elop", not only inside a longer name), where the
   * capital cannot come from the sentence start. A name the article establishes and refers back
   * to is deliberate; a one-off unknown word, or one that only occurs inside a longer name ("Xia
   * Liyan"), may be a garbled transliteration, and MQM raters mark those, so it stays flagged.
   */
  private static boolean usedAsName(CheckContext context, String word) {
    // Each new word is a search of the whole text: read the clock before every one.
    if (context.deadline().passed()) {
      throw new TimeLimitExceededException(context.deadline().limitDescription());
    }
    return usedAsName(context.text(), word);
  }

  static boolean usedAsName(String text, String word) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])" + Pattern.quote(word)
        + "(?![\\p{L}\\p{M}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
        .matcher(text);
    boolean standalone = false;
    int uses = 0;
    while (m.find()) {
      if (!Character.isUpperCase(text.codePointAt(m.start()))) {
        return false;
      }
      uses++;
      standalone |= isStandaloneMidSentence(text, m.start());
    }
    return standalone && uses >= MIN_NAME_USES;
  }

  /** After a comma or a word that is not capitalised, on the same line. */
  private static boolean isStandaloneMidSentence(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || i == at - 1) {
      return false;
    }
    char c = text.charAt(i);
    if (c == ',' || c == ';') {
      return true;
    }
    if (!Character.isLetter(c)) {
      return false;
    }
    int wordStart = i;
    while (wordStart > 0 && Character.isLetter(text.charAt(wordStart - 1))) {
      wordStart--;
    }
    return Character.isLowerCase(text.charAt(wordStart));
  }
}
