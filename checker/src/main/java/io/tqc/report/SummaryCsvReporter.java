package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * summary.csv: one row per input with its counts, MQM penalty and verdict, or its error, and a
 * note on how a bilingual input was paired with its source.
 */
public final class SummaryCsvReporter extends CsvTable {
  public static final String FILE_NAME = "summary.csv";

  public SummaryCsvReporter(Path folder, VerdictPolicy policy) throws IOException {
    super(folder.resolve(FILE_NAME), layout(policy));
  }

  static CsvLayout<DocumentResult> layout(VerdictPolicy policy) {
    return new CsvLayout<>(List.of(
        new CsvLayout.Column<>("file", DocumentResult::file),
        new CsvLayout.Column<>("language", DocumentResult::language),
        new CsvLayout.Column<>("words", r -> Integer.toString(r.words())),
        new CsvLayout.Column<>("findings", r -> Integer.toString(r.findings().size())),
        new CsvLayout.Column<>("critical", r -> Integer.toString(r.count(Severity.CRITICAL))),
        new CsvLayout.Column<>("major", r -> Integer.toString(r.count(Severity.MAJOR))),
        new CsvLayout.Column<>("minor", r -> Integer.toString(r.count(Severity.MINOR))),
        new CsvLayout.Column<>("penalty_per_1000_words", r -> r.failed() ? "" : penalty(r)),
        new CsvLayout.Column<>("verdict", r -> policy.verdict(r).label()),
        new CsvLayout.Column<>("error", r -> r.error() == null ? "" : r.error()),
        new CsvLayout.Column<>("note", SummaryCsvReporter::note)), List::of);
  }

  /**
   * What pairing with a source did (how much was aligned, or that no source was found): the
   * document was checked, so this is not an error.
   */
  static String note(DocumentResult result) {
    return result.document() == null ? "" : result.document().segmentation().note();
  }

  /** The MQM penalty per 1000 words with two decimals: summary.csv and findings.json agree. */
  static String penalty(DocumentResult result) {
    return String.format(Locale.ROOT, "%.2f", result.penaltyPer1000Words());
  }
}
