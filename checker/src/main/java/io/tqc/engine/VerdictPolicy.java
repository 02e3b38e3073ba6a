package io.tqc.engine;

/**
 * Turns an MQM penalty per 1000 words into a verdict: at most {@code passMax} passes, at least
 * {@code failMin} fails, anything between needs a human review.
 */
public record VerdictPolicy(double passMax, double failMin) {
  public static final double DEFAULT_PASS_MAX = 10;
  public static final double DEFAULT_FAIL_MIN = 25;

  public VerdictPolicy {
    if (passMax < 0 || failMin <= passMax) {
      throw new IllegalArgumentException("thresholds must satisfy 0 <= pass-max < fail-min, got "
          + passMax + " and " + failMin);
    }
  }

  public Verdict verdict(DocumentResult result) {
    if (result.failed()) {
      return Verdict.ERROR;
    }
    double penalty = result.penaltyPer1000Words();
    if (penalty <= passMax) {
      return Verdict.PASS;
    }
    return penalty >= failMin ? Verdict.FAIL : Verdict.REVIEW;
  }

  /** The verdict column of summary.csv; an unreadable input has none. */
  public enum Verdict {
    PASS("pass"),
    REVIEW("review"),
    FAIL("fail"),
    ERROR("");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
