package io.tqc.custom;

import io.tqc.engine.Deadline;

/**
 * The text a regex runs on, made to fail once the document's deadline has passed. A Java regex
 * cannot be interrupted, but it reads its input through {@link #charAt}, so a pattern that
 * backtracks catastrophically is stopped here instead of hanging its worker thread.
 */
final class DeadlineCharSequence implements CharSequence {
  /** Checking the clock on every read would cost more than the matching itself. */
  private static final int READS_BETWEEN_CLOCK_CHECKS = 4096;

  /** Thrown out of the regex engine when the deadline has passed. */
  static final class Expired extends RuntimeException {
    Expired() {
      super(null, null, false, false);
    }
  }

  private final CharSequence text;
  private final Deadline deadline;
  private int readsUntilCheck = READS_BETWEEN_CLOCK_CHECKS;

  DeadlineCharSequence(CharSequence text, Deadline deadline) {
    this.text = text;
    this.deadline = deadline;
  }

  @Override
  public char charAt(int index) {
    if (--readsUntilCheck <= 0) {
      readsUntilCheck = READS_BETWEEN_CLOCK_CHECKS;
      if (deadline.passed()) {
        throw new Expired();
      }
    }
    return text.charAt(index);
  }

  @Override
  public int length() {
    return text.length();
  }

  @Override
  public CharSequence subSequence(int start, int end) {
    // Only called to copy out a group: no matching happens on the result.
    return text.subSequence(start, end);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
