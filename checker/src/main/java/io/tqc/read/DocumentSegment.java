package io.tqc.read;

import java.util.List;
import java.util.Objects;

/**
 * One segment of a bilingual document: a span of the target text and the source it translates.
 * Offsets are 0-based code point offsets into the document text, end exclusive, like a
 * finding's.
 *
 * @param id the unit id: XLIFF unit id, TMX {@code tuid} or 1-based unit number, table row
 *     number, or the aligned segment number of paired files
 * @param start first code point of the target segment
 * @param end code point after the target segment; equal to start for a source with no target
 * @param source the source text, null when the target has none (a sentence the aligner could
 *     not pair)
 * @param sourceLanguage the source language code as the file or --source-lang gives it, empty
 *     when unknown
 * @param sourceCodes inline codes of the source, offsets into {@code source}
 * @param targetCodes inline codes of the target, offsets into the target segment's text
 */
public record DocumentSegment(String id, int start, int end, String source,
    String sourceLanguage, List<InlineCode> sourceCodes, List<InlineCode> targetCodes) {

  public DocumentSegment {
    Objects.requireNonNull(id, "id");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad segment span " + start + ".." + end);
    }
    sourceLanguage = sourceLanguage == null ? "" : sourceLanguage;
    sourceCodes = List.copyOf(sourceCodes);
    targetCodes = List.copyOf(targetCodes);
  }

  /** A segment without inline codes. */
  public DocumentSegment(String id, int start, int end, String source, String sourceLanguage) {
    this(id, start, end, source, sourceLanguage, List.of(), List.of());
  }

  public boolean hasSource() {
    return source != null;
  }
}
