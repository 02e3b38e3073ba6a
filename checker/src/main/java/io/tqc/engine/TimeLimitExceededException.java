package io.tqc.engine;

/**
 * Thrown by a rule that noticed the document's {@link Deadline} has passed; the checker reports
 * it as an error for that document and the batch goes on.
 */
public final class TimeLimitExceededException extends RuntimeException {
  public TimeLimitExceededException(String message) {
    super(message);
  }
}
