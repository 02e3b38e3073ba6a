package io.tqc.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The one place where findings are suppressed or re-graded: disabled rules, the severities of
 * built-in rules measured per language ({@link MeasuredSeverities}), per-rule severity
 * overrides, and LanguageTool spelling alarms on inflected forms of names the speller knows.
 */
public final class FindingFilter {
  private final Set<String> disabledRules;
  private final Map<String, Severity> severityOverrides;
  private final boolean silenceNames;
  private final MeasuredSeverities measuredSeverities;

  /** The findings kept, and how many spelling alarms were dropped because of names. */
  public record Filtered(List<Finding> kept, int silencedSpellingAlarms) {}

  public FindingFilter(Set<String> disabledRules, Map<String, Severity> severityOverrides) {
    this(disabledRules, severityOverrides, true);
  }

  /**
   * @param silenceNames whether spelling alarms on inflected forms of known names are dropped
   */
  public FindingFilter(Set<String> disabledRules, Map<String, Severity> severityOverrides,
      boolean silenceNames) {
    this(disabledRules, severityOverrides, silenceNames, MeasuredSeverities.shipped());
  }

  FindingFilter(Set<String> disabledRules, Map<String, Severity> severityOverrides,
      boolean silenceNames, MeasuredSeverities measuredSeverities) {
    this.disabledRules = Set.copyOf(disabledRules);
    this.severityOverrides = Map.copyOf(severityOverrides);
    this.silenceNames = silenceNames;
    this.measuredSeverities = measuredSeverities;
  }

  public static FindingFilter none() {
    return new FindingFilter(Set.of(), Map.of());
  }

  public Filtered apply(CheckContext context, List<Finding> findings) {
    List<Finding> kept = new ArrayList<>(findings.size());
    Map<String, Boolean> names = new HashMap<>();
    Set<String> unknown = new HashSet<>();
    for (Finding finding : findings) {
      if (finding.isSpellingAlarm()) {
        unknown.add(finding.text());
      }
    }
    int silenced = 0;
    for (Finding finding : findings) {
      if (disabledRules.contains(finding.ruleId())) {
        continue;
      }
      if (silenceNames && finding.isSpellingAlarm() && names.computeIfAbsent(finding.text(),
          word -> inflectsKnownName(context, word, unknown))) {
        silenced++;
        continue;
      }
      Severity severity = severityOverrides.getOrDefault(finding.ruleId(), measured(finding));
      kept.add(severity == finding.severity() ? finding : finding.withSeverity(severity));
    }
    return new Filtered(kept, silenced);
  }

  /**
   * A built-in rule's severity as measured in the finding's language, else its own. A rule's
   * precision differs between languages (a name-spelling check that is right in English news
   * and wrong more often than not in German), and its class has one severity for all.
   * LanguageTool's findings get theirs when they are made; a pack's rules are as its editor
   * wrote them.
   */
  private Severity measured(Finding finding) {
    if (!Finding.SOURCE_BUILTIN.equals(finding.ruleSource())) {
      return finding.severity();
    }
    return measuredSeverities.of(LanguageCodes.base(finding.language()),
        finding.ruleId(), finding.ruleId()).orElse(finding.severity());
  }

  /**
   * Whether the alarm is on an inflected form of a name the speller knows: the document also
   * writes the name without the ending ("Nokias" beside "Nokia", "Байдена" beside "Байден") and
   * the speller raised no alarm there. That is evidence the alarm is about the ending, which
   * names take in these languages, and not about the spelling. A name that is merely repeated
   * is no such evidence: machine translation repeats a garbled transliteration as faithfully as
   * a right one, and raters mark it every time.
   *
   * @param unknown the words the speller flagged in this document
   */
  private static boolean inflectsKnownName(CheckContext context, String word,
      Set<String> unknown) {
    // Each new word is a search of the whole text: read the clock before every one.
    if (context.deadline().passed()) {
      throw new TimeLimitExceededException(context.deadline().limitDescription());
    }
    return inflectsKnownName(context.text(), word, unknown);
  }

  static boolean inflectsKnownName(String text, String word, Set<String> unknown) {
    if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
      return false;
    }
    for (String stem : NameEndings.stems(word)) {
      if (!unknown.contains(stem) && Pattern.compile("(?<![\\p{L}\\p{M}\\p{N}])"
          + Pattern.quote(stem) + "(?![\\p{L}\\p{M}\\p{N}])").matcher(text).find()) {
        return true;
      }
    }
    return false;
  }
}
