package io.tqc.spark;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.VerdictPolicy;
import io.tqc.report.CsvLayout;
import java.io.Serializable;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One input's rows in summary.csv and findings.csv, made on the executor from its result with
 * the reporters' own layouts.
 *
 * @param summary the summary row's cells
 * @param findings the findings rows' cells, in findings.csv's order
 */
record CheckedDocument(String[] summary, List<String[]> findings) implements Serializable {
  private static final int RULE_SOURCE = CsvLayout.findings().headers().indexOf("rule_source");

  /**
   * @param ruleSources names a rule-pack file as the driver does (the executor's copy of the
   *     packs lies elsewhere)
   */
  static CheckedDocument of(DocumentResult result, VerdictPolicy policy,
      UnaryOperator<String> ruleSources) {
    List<String[]> findings = CsvLayout.findings().cells(result);
    for (String[] finding : findings) {
      finding[RULE_SOURCE] = ruleSources.apply(finding[RULE_SOURCE]);
    }
    return new CheckedDocument(CsvLayout.summary(policy).cells(result).get(0),
        List.copyOf(findings));
  }
}
