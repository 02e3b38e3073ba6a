package io.tqc.cli;

import io.tqc.report.Reporter;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * While a run writes its reports, Ctrl-C or SIGTERM discards the unfinished reports (leaving
 * the previous ones in place and no temporary files) and ends the process with exit code 130;
 * while a server runs, it stops the server and deletes its temporary files.
 */
final class InterruptGuard implements AutoCloseable {
  /** Guards armed in this process; while one is, it alone decides how an interruption ends. */
  private static final AtomicInteger ARMED = new AtomicInteger();

  private final Thread hook;
  private final List<Runnable> cleanups = new CopyOnWriteArrayList<>();
  private volatile boolean finished;

  InterruptGuard(PrintWriter err) {
    this(err, "tqc: interrupted; the previous reports are left as they were");
  }

  /** @param message what the interruption left behind, printed on {@code err} */
  InterruptGuard(PrintWriter err, String message) {
    this.hook = new Thread(() -> {
      if (finished) {
        return;
      }
      cleanups.forEach(Runnable::run);
      err.println();
      err.println(message);
      err.flush();
      // The JVM would report 143 for SIGTERM; tqc documents one code for any interruption.
      Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
    }, "tqc-interrupt");
    Runtime.getRuntime().addShutdownHook(hook);
    ARMED.incrementAndGet();
  }

  static boolean anyArmed() {
    return ARMED.get() > 0;
  }

  /** Discards this reporter's unfinished output if the run is interrupted. */
  <R extends Reporter> R watch(R reporter) {
    cleanups.add(reporter::close);
    return reporter;
  }

  /** Runs {@code cleanup} (stopping a server, deleting its files) if the run is interrupted. */
  void onInterrupt(Runnable cleanup) {
    cleanups.add(cleanup);
  }

  @Override
  public void close() {
    if (!finished) {
      ARMED.decrementAndGet();
    }
    finished = true;
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook has started or will find the run finished; either way nothing to undo
    }
  }
}
