package io.tqc.read;

import java.util.Objects;

/**
 * A formatting code or placeholder inside a segment of XLIFF or TMX ({@code <g>}, {@code <x/>},
 * {@code <ph>}, {@code <bpt>}, {@code <pc>} ...). The code is not part of the segment's text, so
 * that LanguageTool reads the words only; it is kept here, at the place it stood, for the checks
 * that compare the codes of source and target.
 *
 * @param kind whether it opens, closes or stands alone
 * @param element the element it was written as ({@code g}, {@code x}, {@code bpt}, {@code pc}
 *     ...)
 * @param id its {@code id} (or {@code rid} for a closing code), empty when it has none
 * @param offset code point offset into the segment's text where the code stands
 * @param data the native code it stands for ({@code <b>}, {@code %s}), empty when the file does
 *     not give it
 */
public record InlineCode(Kind kind, String element, String id, int offset, String data) {

  /** How a code relates to the text around it. */
  public enum Kind { OPENING, CLOSING, STANDALONE }

  public InlineCode {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    id = id == null ? "" : id;
    data = data == null ? "" : data;
    if (offset < 0) {
      throw new IllegalArgumentException("negative offset " + offset);
    }
  }
}
