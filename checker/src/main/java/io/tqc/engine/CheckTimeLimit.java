package io.tqc.engine;

import java.time.Duration;

/** How long checking one document may take before it is stopped and reported as an error. */
public record CheckTimeLimit(Duration limit) {
  public static final Duration DEFAULT = Duration.ofSeconds(120);

  public CheckTimeLimit {
    if (limit.isNegative() || limit.isZero()) {
      throw new IllegalArgumentException("the check time limit must be positive: " + limit);
    }
  }

  long deadlineFromNow() {
    return System.nanoTime() + limit.toNanos();
  }

  public String exceededMessage() {
    return "checking took longer than " + limit.toSeconds()
        + " s (raise the limit with --max-check-seconds)";
  }
}
