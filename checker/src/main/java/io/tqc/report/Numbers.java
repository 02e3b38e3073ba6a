package io.tqc.report;

import java.util.Locale;

/** Numbers as report.html shows them: the same in every locale. */
final class Numbers {
  private Numbers() {}

  static String oneDecimal(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  /** A threshold as the user wrote it: 10, not 10.0. */
  static String threshold(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : oneDecimal(value);
  }
}
