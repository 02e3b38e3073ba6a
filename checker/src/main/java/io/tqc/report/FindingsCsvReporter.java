package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** findings.csv: one row per finding, columns as in DESIGN.md. */
public final class FindingsCsvReporter extends CsvTable<Finding> {
  public static final String FILE_NAME = "findings.csv";

  static final List<Column<Finding>> COLUMNS = List.of(
      new Column<>("file", Finding::file),
      new Column<>("language", Finding::language),
      new Column<>("line", f -> Integer.toString(f.line())),
      new Column<>("column", f -> Integer.toString(f.column())),
      new Column<>("start", f -> Integer.toString(f.start())),
      new Column<>("end", f -> Integer.toString(f.end())),
      new Column<>("rule_id", Finding::ruleId),
      new Column<>("rule_source", Finding::ruleSource),
      new Column<>("category", f -> f.category().toString()),
      new Column<>("severity", f -> f.severity().label()),
      new Column<>("message", Finding::message),
      new Column<>("suggestions", f -> String.join("|", f.suggestions())),
      new Column<>("text", Finding::text),
      new Column<>("context", Finding::context),
      new Column<>("segment", Finding::segment),
      new Column<>("source", Finding::source));

  public FindingsCsvReporter(Path folder) throws IOException {
    super(folder.resolve(FILE_NAME), COLUMNS);
  }

  @Override
  List<Finding> rows(DocumentResult result) {
    return result.findings();
  }
}
