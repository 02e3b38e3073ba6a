package io.tqc.engine;

/**
 * The moment checking a document must stop, for rules whose work cannot be interrupted from
 * outside (a Java regex runs until it returns, whatever the thread's interrupt flag says).
 *
 * @param nanos {@link System#nanoTime()} value after which the rule must give up
 * @param limitDescription what the limit is and how to raise it, for the error message
 */
public record Deadline(long nanos, String limitDescription) {
  /** No limit: for rule examples and tests. */
  public static final Deadline NONE = new Deadline(Long.MAX_VALUE, "no limit");

  public boolean passed() {
    // Long.MAX_VALUE means "never"; subtracting would overflow, so compare it first.
    return nanos != Long.MAX_VALUE && System.nanoTime() - nanos > 0;
  }
}
