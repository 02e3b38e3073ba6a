package io.tqc.report;

import io.tqc.engine.Finding;
import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.Segmentation;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a bilingual document out as report.html's side-by-side view: one row per segment, its
 * source beside its target, the target's findings marked as in the text of a monolingual
 * document. Findings name no place in the source, so a source cell is only outlined when its
 * segment has an Accuracy finding.
 */
final class SideBySide {
  private static final String ACCURACY = "Accuracy";

  private SideBySide() {}

  /**
   * @param rowIds the HTML id of each finding's row in the findings table, index-aligned
   * @return no rows for a monolingual document
   */
  static List<SegmentRow> rows(Document document, List<Finding> findings, List<String> rowIds) {
    Segmentation segmentation = document.segmentation();
    List<DocumentSegment> segments = segmentation.segments();
    if (segments.isEmpty()) {
      return List.of();
    }
    TextIndex index = document.index();
    List<SegmentRow> rows = new ArrayList<>();
    int previousEnd = 0;
    for (DocumentSegment segment : segments) {
      addGap(rows, document, findings, rowIds, previousEnd, segment.start());
      rows.add(segmentRow(document, segment, findings, rowIds));
      previousEnd = segment.end();
    }
    addGap(rows, document, findings, rowIds, previousEnd, index.length());
    return rows;
  }

  private static SegmentRow segmentRow(Document document, DocumentSegment segment,
      List<Finding> findings, List<String> rowIds) {
    Segmentation segmentation = document.segmentation();
    List<Finding> shown = new ArrayList<>();
    List<String> shownIds = new ArrayList<>();
    StringBuilder accuracyIds = new StringBuilder();
    int accuracyFindings = 0;
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      boolean inSegment = f.start() == f.end()
          ? segmentation.at(f.start()) == segment
          : f.start() < segment.end() && f.end() > segment.start();
      if (!inSegment) {
        continue;
      }
      shown.add(f);
      shownIds.add(rowIds.get(i));
      if (f.category().top().equals(ACCURACY)) {
        accuracyIds.append(accuracyIds.isEmpty() ? "" : " ").append(rowIds.get(i));
        accuracyFindings++;
      }
    }
    String note = accuracyFindings == 0 ? ""
        : "This segment has " + accuracyFindings + " Accuracy finding"
            + (accuracyFindings == 1 ? "" : "s")
            + "; where the error lies in the source is not marked.";
    return new SegmentRow(Html.visible(segment.id()),
        segment.hasSource() ? Html.visible(segment.source()) : null, accuracyIds.toString(),
        note, targetPieces(document, shown, shownIds, segment.start(), segment.end()));
  }

  /**
   * Text between segments, shown when it has words or a finding of its own, so that the
   * side-by-side view leaves nothing of the text or its findings out. The line breaks that
   * separate segments are left out of it.
   */
  private static void addGap(List<SegmentRow> rows, Document document, List<Finding> findings,
      List<String> rowIds, int start, int end) {
    if (start >= end) {
      return;
    }
    int[] gap = document.index().slice(start, end).codePoints().toArray();
    int lead = 0;
    while (lead < gap.length && Character.isWhitespace(gap[lead])) {
      lead++;
    }
    int trail = 0;
    while (trail < gap.length - lead && Character.isWhitespace(gap[gap.length - 1 - trail])) {
      trail++;
    }
    boolean blank = lead == gap.length;
    int from = start + lead;
    int to = end - trail;
    Segmentation segmentation = document.segmentation();
    List<Finding> shown = new ArrayList<>();
    List<String> shownIds = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      Finding f = findings.get(i);
      // A finding reaching into a segment is shown there; here only when it has words to mark.
      boolean inGap = f.start() == f.end()
          ? f.start() >= start && f.start() <= end && segmentation.at(f.start()) == null
          : f.start() < end && f.end() > start
              && (!blank || (f.start() >= start && f.end() <= end));
      if (inGap) {
        shown.add(f);
        shownIds.add(rowIds.get(i));
        from = Math.min(from, Math.max(start, f.start()));
        to = Math.max(to, Math.min(end, f.end()));
      }
    }
    if (shown.isEmpty() && blank) {
      return;
    }
    rows.add(new SegmentRow("", null, "", "", targetPieces(document, shown, shownIds, from,
        to)));
  }

  private static List<TextPiece> targetPieces(Document document, List<Finding> findings,
      List<String> rowIds, int start, int end) {
    TextIndex index = document.index();
    return HighlightedText.pieces(document.text(), index, findings, rowIds, index.toUtf16(start),
        index.toUtf16(end));
  }
}
