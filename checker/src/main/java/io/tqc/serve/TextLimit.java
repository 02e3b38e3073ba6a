package io.tqc.serve;

import java.io.IOException;

/**
 * The most text one request may send (413 beyond), as LanguageTool's {@code maxTextLength}:
 * counted in UTF-16 characters of the plain text, and of the source. The body may hold up to
 * nine bytes per character (a percent-encoded character of three UTF-8 bytes), so a longer body
 * is refused before it is read.
 */
final class TextLimit {
  private static final int BODY_ALLOWANCE = 64 * 1024;
  private final int maxChars;

  TextLimit(int maxChars) {
    this.maxChars = maxChars;
  }

  int maxChars() {
    return maxChars;
  }

  /** Reads and checks the parameters of a check request. */
  CheckRequest read(Exchange exchange) throws IOException {
    String body = exchange.bodyText(maxChars * 9L + BODY_ALLOWANCE, "Your request exceeds the "
        + "limit of " + maxChars + " characters of text. Please submit a shorter text.");
    CheckRequest request = CheckRequest.parse(FormParams.parse(exchange.query(), body));
    check(request.input().plain().length());
    check(request.sourceText().length());
    return request;
  }

  private void check(int length) {
    if (length > maxChars) {
      throw new ApiException(413, "Your text exceeds the limit of " + maxChars
          + " characters (it's " + length + " characters). Please submit a shorter text.");
    }
  }
}
