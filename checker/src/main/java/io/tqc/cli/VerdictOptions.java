package io.tqc.cli;

import io.tqc.engine.VerdictPolicy;
import picocli.CommandLine.Option;

/**
 * The MQM penalty thresholds of the verdict, taken the same way by every command that gives
 * verdicts ({@code check}, {@code spark}).
 */
public final class VerdictOptions {
  @Option(names = "--pass-max", paramLabel = "PENALTY",
      defaultValue = "" + VerdictPolicy.DEFAULT_PASS_MAX,
      description = "Highest MQM penalty per 1000 words that still passes (default: "
          + "${DEFAULT-VALUE}).")
  double passMax;

  @Option(names = "--fail-min", paramLabel = "PENALTY",
      defaultValue = "" + VerdictPolicy.DEFAULT_FAIL_MIN,
      description = "Lowest MQM penalty per 1000 words that fails; between the two thresholds "
          + "the verdict is 'review' (default: ${DEFAULT-VALUE}).")
  double failMin;

  /** @throws ConfigurationException when the thresholds are out of order or negative */
  public VerdictPolicy policy() {
    try {
      return new VerdictPolicy(passMax, failMin);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("--pass-max/--fail-min: " + e.getMessage());
    }
  }
}
