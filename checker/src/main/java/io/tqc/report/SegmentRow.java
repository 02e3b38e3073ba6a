package io.tqc.report;

import java.util.List;

/**
 * One row of a bilingual document's side-by-side view in report.html: a segment's id, its source
 * and its target with the findings marked in place. Text between segments that has something
 * to show (words, or a finding) gets a row of its own without id or source.
 *
 * @param source the source text, control characters already replaced; null when the segment
 *     has none (a target sentence the aligner could not pair, or text between segments)
 * @param accuracyFindingIds the HTML ids of the segment's Accuracy findings, space-separated,
 *     empty when it has none: the source cell is outlined for them, as a finding does not say
 *     where in the source its error lies
 * @param accuracyNote the source cell's tooltip when it is outlined
 */
record SegmentRow(String id, String source, String accuracyFindingIds, String accuracyNote,
    List<TextPiece> target) {

  boolean hasSource() {
    return source != null;
  }

  boolean sourceOutlined() {
    return !accuracyFindingIds.isEmpty();
  }
}
