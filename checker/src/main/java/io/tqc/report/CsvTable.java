package io.tqc.report;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.tqc.engine.DocumentResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

/**
 * A CSV report declared as a table: a column is a header and a function from a row to its cell.
 * Every cell is neutralised against formula injection on the way out.
 *
 * @param <R> the row type
 */
abstract class CsvTable<R> implements Reporter {

  /** One column of the table. */
  record Column<R>(String header, Function<R, String> cell) {}

  private final AtomicOutput output;
  private final ICSVWriter csv;
  private final List<Column<R>> columns;

  CsvTable(Path target, List<Column<R>> columns) throws IOException {
    this.output = new AtomicOutput(target);
    this.columns = List.copyOf(columns);
    this.csv = new CSVWriterBuilder(output.writer()).withLineEnd("\n").build();
    csv.writeNext(columns.stream().map(Column::header).toArray(String[]::new), false);
  }

  /** The rows one result contributes. */
  abstract List<R> rows(DocumentResult result);

  @Override
  public void document(DocumentResult result) throws IOException {
    for (R row : rows(result)) {
      String[] cells = new String[columns.size()];
      for (int i = 0; i < cells.length; i++) {
        cells[i] = CsvCells.safe(columns.get(i).cell().apply(row));
      }
      csv.writeNext(cells, false);
    }
    csv.flush();
  }

  @Override
  public void finish() throws IOException {
    csv.flush();
    output.commit();
  }

  @Override
  public void close() {
    output.close();
  }
}
