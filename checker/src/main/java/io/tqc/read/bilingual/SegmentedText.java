package io.tqc.read.bilingual;

import io.tqc.read.DocumentSegment;
import io.tqc.read.InlineCode;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds the target text of a file that stores segments (XLIFF, TMX, a bilingual table): one
 * segment per line, so that LanguageTool never runs a sentence across two segments, with each
 * segment's code point span recorded.
 */
final class SegmentedText {
  private final StringBuilder text = new StringBuilder();
  private final List<DocumentSegment> segments = new ArrayList<>();
  private int codePoints;

  /**
   * Appends a segment on a line of its own. Line breaks inside the target become spaces (one
   * for one, so inline code offsets stay right): a segment is one line of the document.
   */
  void add(String id, Content target, Content source, String sourceLanguage) {
    if (!segments.isEmpty()) {
      text.append('\n');
      codePoints++;
    }
    String line = target.text().replace('\n', ' ').replace('\r', ' ')
        .replace('\u2028', ' ').replace('\u2029', ' ');
    int length = line.codePointCount(0, line.length());
    text.append(line);
    segments.add(new DocumentSegment(id, codePoints, codePoints + length,
        source == null ? null : source.text(), sourceLanguage,
        source == null ? List.of() : source.codes(), target.codes()));
    codePoints += length;
  }

  int size() {
    return segments.size();
  }

  int length() {
    return text.length();
  }

  String text() {
    return text.toString();
  }

  List<DocumentSegment> segments() {
    return segments;
  }

  /** The text of one side of a segment with its inline codes. */
  record Content(String text, List<InlineCode> codes) {
    static final Content EMPTY = new Content("", List.of());

    Content {
      codes = List.copyOf(codes);
    }

    static Content of(String text) {
      return new Content(text, List.of());
    }
  }
}
