package io.tqc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one place where findings are suppressed or re-graded: disabled rules and per-rule severity
 * overrides.
 */
public final class FindingFilter {
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
    for (Finding finding : findings) {
      if (disabledRules.contains(finding.ruleId())) {
        continue;
      }
      Severity override = severityOverrides.get(finding.ruleId());
      kept.add(override == null ? finding : finding.withSeverity(override));
    }
    return new Filtered(kept, 0);
  }
}
