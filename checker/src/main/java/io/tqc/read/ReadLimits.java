package io.tqc.read;

import java.time.Duration;

/**
 * Limits that keep one document from exhausting the machine. Each has a command-line option,
 * named in the error a document gets when it goes over.
 *
 * @param maxTextChars the most characters of text extracted from one document
 * @param maxCompressionRatio the most a compressed container (docx, odt, zip) may expand
 * @param maxNestingDepth the deepest nesting of elements (HTML, XML) or embedded documents
 * @param maxParseTime the longest extracting the text of one document may take
 */
public record ReadLimits(int maxTextChars, int maxCompressionRatio, int maxNestingDepth,
    Duration maxParseTime) {
  public static final int DEFAULT_MAX_TEXT_CHARS = 2_000_000;
  public static final int DEFAULT_MAX_COMPRESSION_RATIO = 100;
  public static final int DEFAULT_MAX_NESTING_DEPTH = 100;
  public static final int DEFAULT_MAX_PARSE_SECONDS = 60;

  public ReadLimits {
    if (maxTextChars <= 0) {
      throw new IllegalArgumentException("--max-text-chars must be positive: " + maxTextChars);
    }
    if (maxCompressionRatio <= 1) {
      throw new IllegalArgumentException(
          "--max-compression-ratio must be more than 1: " + maxCompressionRatio);
    }
    if (maxNestingDepth <= 0) {
      throw new IllegalArgumentException(
          "--max-nesting-depth must be positive: " + maxNestingDepth);
    }
    if (maxParseTime.isNegative() || maxParseTime.isZero()) {
      throw new IllegalArgumentException("--max-parse-seconds must be positive: "
          + maxParseTime.toSeconds());
    }
  }

  public static ReadLimits defaults() {
    return new ReadLimits(DEFAULT_MAX_TEXT_CHARS, DEFAULT_MAX_COMPRESSION_RATIO,
        DEFAULT_MAX_NESTING_DEPTH, Duration.ofSeconds(DEFAULT_MAX_PARSE_SECONDS));
  }

  /** The same limits with another text size, for callers that only care about that one. */
  public ReadLimits withMaxTextChars(int chars) {
    return new ReadLimits(chars, maxCompressionRatio, maxNestingDepth, maxParseTime);
  }

  DocumentReadException textTooLong() {
    return new DocumentReadException("the extracted text is longer than " + maxTextChars
        + " characters (raise the limit with --max-text-chars)");
  }

  DocumentReadException tooCompressed(String type) {
    return new DocumentReadException("the " + type + " file expands more than "
        + maxCompressionRatio + " times when decompressed, like a zip bomb (raise the limit "
        + "with --max-compression-ratio)");
  }

  DocumentReadException tooDeep(String type) {
    return new DocumentReadException("the " + type + " file nests elements or embedded "
        + "documents deeper than " + maxNestingDepth + " levels (raise the limit with "
        + "--max-nesting-depth)");
  }

  DocumentReadException tooSlow() {
    return new DocumentReadException("extracting the text took longer than "
        + maxParseTime.toSeconds() + " s (raise the limit with --max-parse-seconds)");
  }
}
