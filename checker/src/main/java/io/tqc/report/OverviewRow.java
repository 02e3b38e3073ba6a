package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * One document's row in report.html's overview.
 *
 * @param verdict pass, review, fail or error
 * @param findingKinds the distinct severity, category and rule of its findings, one
 *     {@code severity TAB category TAB rule} line each: what the page's filters test a
 *     document against without rendering its findings
 */
record OverviewRow(String docId, String file, String language, String verdict, String error,
    int words, int critical, int major, int minor, int neutral, int findings,
    double penaltyPer1000Words, String findingKinds) {

  /**
   * The page's default order, worst first: highest penalty, unreadable documents above all
   * (they need a person before anything else), ties by name. report.js sorts by the same keys.
   */
  static final Comparator<OverviewRow> WORST_FIRST =
      Comparator.comparingDouble(OverviewRow::penaltyKey).reversed()
          .thenComparing(OverviewRow::file);

  static OverviewRow of(DocumentResult r, String docId, String verdict) {
    Set<String> kinds = new LinkedHashSet<>();
    for (Finding f : r.findings()) {
      kinds.add(f.severity().label() + "\t" + Html.visible(f.category().toString()) + "\t"
          + Html.visible(f.ruleId()));
    }
    return new OverviewRow(docId, Html.visible(r.file()), Html.visible(r.language()), verdict,
        r.failed() ? Html.visible(r.error()) : null, r.words(), r.count(Severity.CRITICAL),
        r.count(Severity.MAJOR), r.count(Severity.MINOR), r.count(Severity.NEUTRAL),
        r.findings().size(), r.penaltyPer1000Words(), String.join("\n", kinds));
  }

  boolean failed() {
    return error != null;
  }

  /** The sort key report.js reads; an unreadable document sorts as the worst. */
  double penaltyKey() {
    return failed() ? Double.POSITIVE_INFINITY : penaltyPer1000Words;
  }

  String penaltyKeyText() {
    return failed() ? "Infinity" : Double.toString(penaltyPer1000Words);
  }

  String penaltyText() {
    return Numbers.oneDecimal(penaltyPer1000Words);
  }
}
