package io.tqc.read;

/**
 * Limits that keep one document from exhausting the machine.
 *
 * @param maxTextChars the most characters of text extracted from one document
 */
public record ReadLimits(int maxTextChars) {
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;

  public ReadLimits {
    if (maxTextChars <= 0) {
      throw new IllegalArgumentException("maxTextChars must be positive: " + maxTextChars);
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_TEXT_CHARS);
  }

  DocumentReadException textTooLong() {
    return new DocumentReadException("the extracted text is longer than " + maxTextChars
        + " characters (raise the limit with --max-text-chars)");
  }
}
