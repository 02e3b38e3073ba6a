package io.tqc.cli;

import io.tqc.engine.DocumentResult;
import java.io.PrintWriter;

/**
 * Files done, rate and time left on one line of stderr, rewritten in place. Silent when stderr
 * is not a terminal or with --quiet, so logs and pipes stay clean.
 */
final class Progress {
  private static final long MIN_INTERVAL_NANOS = 200_000_000L;

  private final PrintWriter err;
  private final int total;
  private final boolean enabled;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private int done;
  private boolean lineOpen;

  Progress(PrintWriter err, int total, boolean quiet) {
    this.err = err;
    this.total = total;
    this.enabled = !quiet && System.console() != null && total > 1;
  }

  void done(DocumentResult result) {
    done++;
    long now = System.nanoTime();
    if (!enabled || (now - lastDrawn < MIN_INTERVAL_NANOS && done < total)) {
      return;
    }
    lastDrawn = now;
    double seconds = (now - started) / 1e9;
    double rate = done / Math.max(seconds, 1e-3);
    long eta = Math.round((total - done) / Math.max(rate, 1e-3));
    err.printf("\r\033[K[%d/%d] %.1f files/s, %d s left  %s", done, total, rate, eta,
        abbreviate(result.file()));
    err.flush();
    lineOpen = true;
  }

  /** Prints a line without garbling the progress line. */
  void println(String line) {
    if (lineOpen) {
      err.print("\r\033[K");
      lineOpen = false;
    }
    err.println(line);
    err.flush();
  }

  void finish() {
    if (lineOpen) {
      err.print("\r\033[K");
      err.flush();
      lineOpen = false;
    }
  }

  private static String abbreviate(String file) {
    String clean = file.replaceAll("\\p{Cntrl}", "?");
    return clean.length() <= 50 ? clean : "\u2026" + clean.substring(clean.length() - 49);
  }
}
