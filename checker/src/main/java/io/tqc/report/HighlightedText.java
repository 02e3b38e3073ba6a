package io.tqc.report;

import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Renders a document's text as escaped HTML with every finding marked in place. Overlapping
 * findings split the text into segments; each segment is one {@code <mark>} that names all the
 * findings covering it, coloured by the most severe of them.
 */
final class HighlightedText {
  private HighlightedText() {}

  /**
   * @param rowIds the HTML id of each finding's row in the findings table, index-aligned
   */
  static String render(String text, TextIndex index, List<Finding> findings,
      List<String> rowIds) {
    int[] from = new int[findings.size()];
    int[] to = new int[findings.size()];
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
    for (int i = 0; i < findings.size(); i++) {
      from[i] = index.toUtf16(Math.min(findings.get(i).start(), index.length()));
      to[i] = index.toUtf16(Math.min(findings.get(i).end(), index.length()));
      cuts.add(from[i]);
      cuts.add(to[i]);
    }
    StringBuilder out = new StringBuilder(text.length() + findings.size() * 120);
    Integer previous = null;
    for (int cut : cuts) {
      if (previous != null) {
        segment(text, previous, cut, from, to, findings, rowIds, out);
      }
      insertionsAt(cut, from, to, findings, rowIds, out);
      previous = cut;
    }
    return out.toString();
  }

  private static void segment(String text, int a, int b, int[] from, int[] to,
      List<Finding> findings, List<String> rowIds, StringBuilder out) {
    List<Integer> covering = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (from[i] < to[i] && from[i] <= a && to[i] >= b) {
        covering.add(i);
      }
    }
    if (covering.isEmpty()) {
      Html.escapeTo(text, a, b, out);
      return;
    }
    openMark(covering, findings, rowIds, "", out);
    Html.escapeTo(text, a, b, out);
    out.append("</mark>");
  }

  private static void insertionsAt(int position, int[] from, int[] to, List<Finding> findings,
      List<String> rowIds, StringBuilder out) {
    List<Integer> inserts = new ArrayList<>();
    for (int i = 0; i < findings.size(); i++) {
      if (from[i] == to[i] && from[i] == position) {
        inserts.add(i);
      }
    }
    if (!inserts.isEmpty()) {
      openMark(inserts, findings, rowIds, " insert", out);
      out.append("</mark>");
    }
  }

  private static void openMark(List<Integer> covering, List<Finding> findings,
      List<String> rowIds, String extraClass, StringBuilder out) {
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
    out.append("<mark class=\"f ").append(worst.label()).append(extraClass)
        .append("\" data-f=\"").append(ids).append("\" title=\"");
    Html.escapeTo(title.toString(), 0, title.length(), out);
    out.append("\">");
  }
}
