package io.tqc.cli;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.engine.VerdictPolicy.Verdict;

/**
 * Whether a checked document makes {@code tqc check} exit with 1. By default its verdict
 * decides, so the exit code says what summary.csv says; {@code --fail-on SEVERITY} replaces that
 * with a threshold on single findings, for gates that must stop on any major error.
 */
interface ExitRule {
  boolean fails(DocumentResult checked);

  /** Fails an article whose verdict is fail, and one whose verdict is review if so chosen. */
  static ExitRule byVerdict(VerdictPolicy policy, ReviewExit review) {
    return checked -> {
      Verdict verdict = policy.verdict(checked);
      return verdict == Verdict.FAIL || (verdict == Verdict.REVIEW && review == ReviewExit.FAIL);
    };
  }

  /** Fails an article with a finding at or above {@code threshold}; null never fails. */
  static ExitRule bySeverity(Severity threshold) {
    return checked -> threshold != null
        && checked.findings().stream().anyMatch(f -> f.severity().atLeast(threshold));
  }
}
