package io.tqc.report;

import io.tqc.engine.Finding;

/** One finding as a row of a document's findings table in report.html. */
record FindingRow(String id, String severity, String category, String ruleId, String ruleSource,
    String position, String message, String suggestions, String text) {

  static FindingRow of(Finding f, String id) {
    return new FindingRow(id, f.severity().label(), Html.visible(f.category().toString()),
        Html.visible(f.ruleId()), Html.visible(f.ruleSource()), f.line() + ":" + f.column(),
        Html.visible(f.message()), Html.visible(String.join(" | ", f.suggestions())),
        Html.visible(f.text()));
  }
}
