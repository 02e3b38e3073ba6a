package io.tqc.report;

/**
 * One run of a document's text in report.html: plain text, or a highlight naming the findings
 * that cover it.
 *
 * @param text the text, control characters already replaced
 * @param severity the most severe covering finding's label, null for plain text
 * @param findingIds the HTML ids of the covering findings' rows, space-separated
 * @param title the tooltip: one line per covering finding
 * @param insert true for a zero-width finding (something is missing here)
 */
record TextPiece(String text, String severity, String findingIds, String title, boolean insert) {
  static TextPiece plain(String text) {
    return new TextPiece(text, null, null, null, false);
  }

  boolean marked() {
    return severity != null;
  }
}
