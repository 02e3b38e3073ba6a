package io.tqc.report;

import io.tqc.engine.DocumentResult;
import java.io.IOException;

/**
 * Writes one output format from the stream of results. Nothing is visible at the target until
 * {@link #finish()} succeeds; {@link #close()} without it leaves the previous report in place.
 */
public interface Reporter extends AutoCloseable {

  /** Called once per input, in report order. */
  void document(DocumentResult result) throws IOException;

  /** Completes the report and puts it in place. */
  void finish() throws IOException;

  /** Discards an unfinished report. */
  @Override
  void close();
}
