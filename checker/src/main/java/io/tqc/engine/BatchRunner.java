package io.tqc.engine;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.DocumentReader;
import io.tqc.read.InputFiles.Input;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Reads and checks inputs on a pool of worker threads and hands the results to one consumer in
 * input order, whatever the number of threads. Only a bounded window of documents is in flight,
 * so memory does not grow with the size of the batch.
 */
public final class BatchRunner {
  private final DocumentReader reader;
  private final DocumentChecker checker;
  private final int jobs;
  private final ResultCache cache;

  public BatchRunner(DocumentReader reader, DocumentChecker checker, int jobs) {
    this(reader, checker, jobs, ResultCache.disabled());
  }

  /**
   * @param cache results of documents checked before; a document found there is read (to know
   *     its text) but not checked again
   */
  public BatchRunner(DocumentReader reader, DocumentChecker checker, int jobs,
      ResultCache cache) {
    if (jobs < 1) {
      throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
    }
    this.reader = reader;
    this.checker = checker;
    this.jobs = jobs;
    this.cache = cache;
  }

  /**
   * Checks every input and passes each result to {@code sink} on the calling thread, in the
   * order of {@code inputs}.
   */
  public void run(List<Input> inputs, Consumer<DocumentResult> sink) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(jobs, workerThreads());
    try {
      Deque<Future<DocumentResult>> window = new ArrayDeque<>();
      int windowSize = jobs * 4;
      for (Input input : inputs) {
        window.add(pool.submit(() -> checkOne(input)));
        if (window.size() >= windowSize) {
          sink.accept(await(window.poll()));
        }
      }
      while (!window.isEmpty()) {
        sink.accept(await(window.poll()));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Reads and checks one input; nothing that goes wrong with it escapes as an exception. */
  public DocumentResult checkOne(Input input) {
    if (input.skipped()) {
      return DocumentResult.failed(input.displayName(), null, "", input.skipReason());
    }
    Document document;
    try {
      document = reader.read(input.path(), input.displayName());
    } catch (DocumentReadException e) {
      return DocumentResult.failed(input.displayName(), null, "", e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentResult.failed(input.displayName(), null, "",
          "the file could not be read: " + e);
    }
    DocumentResult cached = cache.lookup(document);
    if (cached != null) {
      return cached;
    }
    try {
      DocumentResult result = checker.check(document);
      cache.store(document, result);
      return result;
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentResult.failed(input.displayName(), document, "",
          "internal error while checking: " + e);
    }
  }

  private static DocumentResult await(Future<DocumentResult> future)
      throws InterruptedException {
    try {
      return future.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a worker failed outside a document", e.getCause());
    }
  }

  private static ThreadFactory workerThreads() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      // LanguageTool's disambiguation recurses deeply on long sentences.
      Thread thread = new Thread(null, task, "tqc-worker-" + count.incrementAndGet(), 64L << 20);
      thread.setDaemon(true);
      return thread;
    };
  }
}
