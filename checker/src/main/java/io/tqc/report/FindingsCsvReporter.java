package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** findings.csv: one row per finding, columns as in DESIGN.md. */
public final class FindingsCsvReporter extends CsvTable {
  public static final String FILE_NAME = "findings.csv";

  static final CsvLayout<Finding> LAYOUT = new CsvLayout<>(List.of(
      new CsvLayout.Column<>("file", Finding::file),
      new CsvLayout.Column<>("language", Finding::language),
      new CsvLayout.Column<>("line", f -> Integer.toString(f.line())),
      new CsvLayout.Column<>("column", f -> Integer.toString(f.column())),
      new CsvLayout.Column<>("start", f -> Integer.toString(f.start())),
      new CsvLayout.Column<>("end", f -> Integer.toString(f.end())),
      new CsvLayout.Column<>("rule_id", Finding::ruleId),
      new CsvLayout.Column<>("rule_source", Finding::ruleSource),
      new CsvLayout.Column<>("category", f -> f.category().toString()),
      new CsvLayout.Column<>("severity", f -> f.severity().label()),
      new CsvLayout.Column<>("message", Finding::message),
      new CsvLayout.Column<>("suggestions", f -> String.join("|", f.suggestions())),
      new CsvLayout.Column<>("text", Finding::text),
      new CsvLayout.Column<>("context", Finding::context),
      new CsvLayout.Column<>("segment", Finding::segment),
      new CsvLayout.Column<>("source", Finding::source)), DocumentResult::findings);

  public FindingsCsvReporter(Path folder) throws IOException {
    super(folder.resolve(FILE_NAME), LAYOUT);
  }
}
