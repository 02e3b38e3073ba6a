package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.read.Document;
import java.util.ArrayList;
import java.util.List;

/**
 * One document's section of report.html: its facts, its text with findings marked, and its
 * findings table. An unreadable document has only its error.
 *
 * @param text the highlighted text, empty when there is no document text to show or when the
 *     document is shown side by side with its source
 * @param segments the side-by-side rows of a bilingual document, empty for a monolingual one
 */
record DocumentSection(String id, String file, String verdict, String language, int words,
    String error, String title, String penalty, int silencedSpellingAlarms,
    boolean replacedInvalidBytes, List<TextPiece> text, List<SegmentRow> segments,
    List<FindingRow> findings) {

  static DocumentSection of(DocumentResult r, String id, String verdict) {
    List<String> rowIds = new ArrayList<>(r.findings().size());
    List<FindingRow> rows = new ArrayList<>(r.findings().size());
    for (int i = 0; i < r.findings().size(); i++) {
      rowIds.add(id + "-f" + i);
      rows.add(FindingRow.of(r.findings().get(i), rowIds.get(i)));
    }
    Document doc = r.document();
    List<SegmentRow> segments = doc == null || r.failed() ? List.of()
        : SideBySide.rows(doc, r.findings(), rowIds);
    List<TextPiece> text = doc == null || r.failed() || !segments.isEmpty() ? List.of()
        : HighlightedText.pieces(doc.text(), doc.index(), r.findings(), rowIds);
    return new DocumentSection(id, Html.visible(r.file()), verdict, Html.visible(r.language()),
        r.words(), r.failed() ? Html.visible(r.error()) : null,
        doc == null ? "" : Html.visible(doc.title()), Numbers.oneDecimal(r.penaltyPer1000Words()),
        r.silencedSpellingAlarms(), doc != null && doc.replacedInvalidBytes(), text, segments,
        rows);
  }

  boolean failed() {
    return error != null;
  }

  boolean sideBySide() {
    return !segments.isEmpty();
  }

  /** Whether a source cell is outlined, so the view says what the outline means. */
  boolean anySourceOutlined() {
    return segments.stream().anyMatch(SegmentRow::sourceOutlined);
  }
}
