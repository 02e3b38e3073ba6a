package io.tqc.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tqc.engine.DocumentResult;
import java.io.IOException;
import java.nio.file.Path;

/**
 * A JSON report written as a stream with Jackson's generator, so that nothing of a long batch is
 * held in memory: the opening is written before the first document, each document as it comes,
 * and the closing in {@link #finish()}.
 */
abstract class JsonReport implements Reporter {
  private final AtomicOutput output;
  private final JsonGenerator json;
  private boolean begun;

  JsonReport(Path target) throws IOException {
    this.output = new AtomicOutput(target);
    this.json = new JsonFactory().createGenerator(output.writer())
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
        .useDefaultPrettyPrinter();
  }

  /** Writes what comes before the first document. */
  abstract void begin(JsonGenerator json) throws IOException;

  /** Writes one document's part. */
  abstract void write(JsonGenerator json, DocumentResult result) throws IOException;

  /** Writes what comes after the last document. */
  abstract void end(JsonGenerator json) throws IOException;

  @Override
  public final void document(DocumentResult result) throws IOException {
    beginOnce();
    write(json, result);
  }

  @Override
  public final void finish() throws IOException {
    beginOnce();
    end(json);
    json.writeRaw('\n');
    json.close();
    output.commit();
  }

  @Override
  public final void close() {
    output.close();
  }

  private void beginOnce() throws IOException {
    if (!begun) {
      begun = true;
      begin(json);
    }
  }

  /** Writes {@code name: [values...]}. */
  static void writeStrings(JsonGenerator json, String name, Iterable<String> values)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }
}
