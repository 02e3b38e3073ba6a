package io.tqc.read;

import java.util.Objects;

/**
 * One article as tqc sees it: the extracted plain text and what the reader learnt about it.
 *
 * @param file display name of the input (the path as the user gave it or as found in a folder)
 * @param text the plain text; for plain-text input exactly the file's decoded text
 * @param contentType media type Tika detected, e.g. {@code text/plain} or {@code application/pdf}
 * @param title document title from metadata, empty when there is none
 * @param replacedInvalidBytes true when bytes that are not valid in the detected charset were
 *     decoded as U+FFFD
 * @param index offsets to line and column, code point based
 * @param segmentation the segments and their sources for bilingual input, {@link
 *     Segmentation#NONE} for monolingual input
 */
public record Document(
    String file,
    String text,
    String contentType,
    String title,
    boolean replacedInvalidBytes,
    TextIndex index,
    Segmentation segmentation) {

  public Document {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(contentType, "contentType");
    title = title == null ? "" : title;
    Objects.requireNonNull(index, "index");
    segmentation = segmentation == null ? Segmentation.NONE : segmentation;
  }

  /** A monolingual document. */
  public Document(String file, String text, String contentType, String title,
      boolean replacedInvalidBytes, TextIndex index) {
    this(file, text, contentType, title, replacedInvalidBytes, index, Segmentation.NONE);
  }

  /** The same document divided into segments. */
  public Document withSegmentation(Segmentation newSegmentation) {
    return new Document(file, text, contentType, title, replacedInvalidBytes, index,
        newSegmentation);
  }

  public static Document of(String file, String text, String contentType, String title,
      boolean replacedInvalidBytes) {
    return new Document(file, text, contentType, title, replacedInvalidBytes, new TextIndex(text));
  }

  public int words() {
    return WordCounter.count(text);
  }
}
