package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.VerdictPolicy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The columns of one of tqc's CSV tables and the rows a result contributes to it. The CSV
 * reporters write it to a file; a front end that writes its own files (the Spark job) takes the
 * same headers and cells from here, so the columns cannot drift apart.
 *
 * @param <R> what one row is made from (a finding, a document's result)
 */
public final class CsvLayout<R> {

  /** One column of the table: its header and its cell for a row. */
  record Column<R>(String header, Function<R, String> cell) {}

  private final List<Column<R>> columns;
  private final Function<DocumentResult, List<R>> rowsOf;

  CsvLayout(List<Column<R>> columns, Function<DocumentResult, List<R>> rowsOf) {
    this.columns = List.copyOf(columns);
    this.rowsOf = rowsOf;
  }

  /** findings.csv: one row per finding. */
  public static CsvLayout<Finding> findings() {
    return FindingsCsvReporter.LAYOUT;
  }

  /** summary.csv: one row per input, its verdict decided by {@code policy}. */
  public static CsvLayout<DocumentResult> summary(VerdictPolicy policy) {
    return SummaryCsvReporter.layout(policy);
  }

  public List<String> headers() {
    return columns.stream().map(Column::header).toList();
  }

  /** The rows of one result as cells, exactly as the CSV file holds them. */
  public List<String[]> cells(DocumentResult result) {
    List<String[]> rows = new ArrayList<>();
    for (R row : rowsOf.apply(result)) {
      String[] cells = new String[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = CsvCells.safe(columns.get(i).cell().apply(row));
      }
      rows.add(cells);
    }
    return rows;
  }
}
