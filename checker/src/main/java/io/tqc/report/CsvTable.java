package io.tqc.report;

import com.opencsv.CSVWriterBuilder;
import com.opencsv.ICSVWriter;
import io.tqc.engine.DocumentResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A CSV report written from its {@link CsvLayout}. Every cell is neutralised against formula
 * injection on the way out.
 */
class CsvTable implements Reporter {
  private final AtomicOutput output;
  private final ICSVWriter csv;
  private final CsvLayout<?> layout;

  CsvTable(Path target, CsvLayout<?> layout) throws IOException {
    this.output = new AtomicOutput(target);
    this.layout = layout;
    this.csv = new CSVWriterBuilder(output.writer()).withLineEnd("\n").build();
    csv.writeNext(layout.headers().toArray(String[]::new), false);
  }

  @Override
  public void document(DocumentResult result) throws IOException {
    for (String[] cells : layout.cells(result)) {
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
