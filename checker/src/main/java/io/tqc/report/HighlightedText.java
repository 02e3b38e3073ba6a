package io.tqc.report;

import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a document's text into pieces with every finding marked in place. Overlapping findings
 * split the text into segments; each segment is one piece that names all the findings covering
 * it, coloured by the most severe of them.
 */
final class HighlightedText {
  private HighlightedText() {}

  /**
   * @param rowIds the HTML id of each finding's row in the findings table, index-aligned
   */
  static List<TextPiece> pieces(String text, TextIndex index, List<Finding> findings,
      List<String> rowIds) {
    return pieces(text, index, findings, rowIds, 0, text.length());
  }

  /**
   * The pieces of one part of the text, {@code [rangeFrom, rangeTo)} in UTF-16 indexes: each
   * finding is cut to the part, so the parts of a text side by side show what the whole does.
   *
   * @param findings the findings to show in this part; a zero-length one is shown wherever in
   *     the part it stands, its ends included, so the caller gives it to one part only
   */
  static List<TextPiece> pieces(String text, TextIndex index, List<Finding> findings,
      List<String> rowIds, int rangeFrom, int rangeTo) {
    int[] from = new int[findings.size()];
    int[] to = new int[findings.size()];
    TreeSet<Integer> cuts = new TreeSet<>(List.of(rangeFrom, rangeTo));
    for (int i = 0; i < findings.size(); i++) {
      from[i] = clamp(index.toUtf16(Math.min(findings.get(i).start(), index.length())),
          rangeFrom, rangeTo);
      to[i] = clamp(index.toUtf16(Math.min(findings.get(i).end(), index.length())),
          rangeFrom, rangeTo);
      if (findings.get(i).start() < findings.get(i).end() && from[i] == to[i]) {
        // a finding outside the part: nothing of it to show here
        from[i] = -1;
        to[i] = -1;
        continue;
      }
      cuts.add(from[i]);
      cuts.add(to[i]);
    }
    List<TextPiece> pieces = new ArrayList<>(cuts.size() + 1);
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null && previous < cut) {
        String segment = Html.visible(text.substring(previous, cut));
        List<Integer> covering = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
          if (from[i] < to[i] && from[i] <= previous && to[i] >= cut) {
            covering.add(i);
          }
        }
        pieces.add(covering.isEmpty() ? TextPiece.plain(segment)
            : mark(segment, covering, findings, rowIds, false));
      }
      List<Integer> inserts = new ArrayList<>();
      for (int i = 0; i < findings.size(); i++) {
        if (from[i] == to[i] && from[i] == cut) {
          inserts.add(i);
        }
      }
      if (!inserts.isEmpty()) {
        pieces.add(mark("", inserts, findings, rowIds, true));
      }
      previous = cut;
    }
    return pieces;
  }

  private static int clamp(int offset, int low, int high) {
    return Math.max(low, Math.min(high, offset));
  }

  private static TextPiece mark(String text, List<Integer> covering, List<Finding> findings,
      List<String> rowIds, boolean insert) {
    Severity worst = Severity.NEUTRAL;
    StringBuilder ids = new StringBuilder();
    StringBuilder title = new StringBuilder();
    for (int i : covering) {
      Finding finding = findings.get(i);
      if (finding.severity().atLeast(worst)) {
        worst = finding.severity();
      }
      ids.append(ids.length() == 0 ? "" : " ").append(rowIds.get(i));
      title.append(title.length() == 0 ? "" : "\n").append(finding.severity().label())
          .append(" \u00b7 ").append(finding.category()).append(": ").append(finding.message());
    }
    return new TextPiece(text, worst.label(), ids.toString(), Html.visible(title.toString()),
        insert);
  }
}
