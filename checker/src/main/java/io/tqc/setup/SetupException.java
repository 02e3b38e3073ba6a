package io.tqc.setup;

/**
 * Settings or rule packs that cannot make a checker: a bad option value, a broken pack, an
 * unknown language. The message is one or more lines for the user (a broken pack gives one
 * {@code FILE:LINE: problem} line per problem); each front end reports it its own way (exit 2,
 * an HTTP 400, a failed Spark submission).
 */
public final class SetupException extends RuntimeException {
  public SetupException(String message) {
    super(message);
  }

  public SetupException(String message, Throwable cause) {
    super(message, cause);
  }
}
