package io.tqc.source;

import io.tqc.engine.LanguageCodes;
import io.tqc.read.DocumentSegment;

/**
 * One target segment with the source it translates, as the source-aware checks read them.
 *
 * @param segment the segment of the document
 * @param target the target segment's text
 * @param offset UTF-16 offset of the target segment in the document text, to turn offsets into
 *     {@code target} into document offsets
 * @param sourceLanguage base code of the source language ({@code zh}, {@code en}), empty when
 *     unknown
 * @param targetLanguage base code of the target language
 */
public record TranslationPair(DocumentSegment segment, String target, int offset,
    String sourceLanguage, String targetLanguage) {

  public String source() {
    return segment.source();
  }

  /** UTF-16 offset in the document of the target's end. */
  public int end() {
    return offset + target.length();
  }

  /** UTF-16 offset in the document of the target's end without trailing white space. */
  public int targetEnd() {
    int end = target.length();
    while (end > 0 && Character.isWhitespace(target.charAt(end - 1))) {
      end--;
    }
    return offset + end;
  }

  static String base(String code) {
    return code == null || code.isEmpty() ? "" : LanguageCodes.base(code);
  }
}
