package io.tqc.serve;

/**
 * A request the server answers with an error status and a plain message, as LanguageTool's
 * server does ({@code Error: <message>}): never a stack trace.
 */
final class ApiException extends RuntimeException {
  private final int status;

  ApiException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static ApiException badRequest(String message) {
    return new ApiException(400, message);
  }

  int status() {
    return status;
  }
}
