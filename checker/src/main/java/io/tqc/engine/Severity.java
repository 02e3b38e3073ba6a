package io.tqc.engine;

import java.util.Locale;

/**
 * MQM severities with their penalty weights. {@link #NEUTRAL} is MQM's zero-weight severity for
 * style advice and preferential changes: reported, never counted in a verdict.
 */
public enum Severity {
  NEUTRAL(0),
  MINOR(1),
  MAJOR(5),
  CRITICAL(25);

  private final int weight;

  Severity(int weight) {
    this.weight = weight;
  }

  public int weight() {
    return weight;
  }

  /** The lower-case name used in reports and rule packs. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** Parses {@code critical}, {@code major}, {@code minor} or {@code neutral}, in any case. */
  public static Severity parse(String text) {
    for (Severity severity : values()) {
      if (severity.label().equalsIgnoreCase(text.strip())) {
        return severity;
      }
    }
    throw new IllegalArgumentException(
        "unknown severity '" + text + "' (expected critical, major, minor or neutral)");
  }
}
