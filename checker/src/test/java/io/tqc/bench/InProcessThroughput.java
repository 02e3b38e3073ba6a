package io.tqc.bench;

import io.tqc.engine.BatchRunner;
import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.DocumentChecker;
import io.tqc.engine.FindingFilter;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.ResultCache;
import io.tqc.read.Document;
import io.tqc.read.InputFiles;
import io.tqc.read.InputFiles.Input;
import io.tqc.read.ReadLimits;
import io.tqc.read.TikaDocumentReader;
import io.tqc.rules.BuiltinRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * The in-process part of bench/run.sh: words per second of tqc's pipeline (read, LanguageTool,
 * tqc's rules, filter; no cache, no reports) against bare {@code JLanguageTool.check} on the same
 * texts, with 1 and 2 worker threads. Both sides create their LanguageTool instances inside the
 * timed run, on warmed-up JVM code, and the runs are interleaved so that machine noise hits both.
 *
 * <p>Prints one line per measured run: {@code inproc <tqc|bare> <threads> <words/s>}.
 *
 * <p>Usage: {@code InProcessThroughput FOLDER DOCS ROUNDS}
 */
public final class InProcessThroughput {
  private InProcessThroughput() {}

  public static void main(String[] args) throws Exception {
    Path folder = Path.of(args[0]);
    int docs = Integer.parseInt(args[1]);
    int rounds = Integer.parseInt(args[2]);
    List<Input> inputs = new InputFiles(List.of("*.txt"), List.of()).expand(List.of(folder));
    inputs = inputs.subList(0, Math.min(docs, inputs.size()));
    TikaDocumentReader reader = new TikaDocumentReader(ReadLimits.defaults());
    List<String> texts = new ArrayList<>();
    long words = 0;
    for (Input input : inputs) {
      Document document = reader.read(input.path(), input.displayName());
      texts.add(document.text());
      words += document.words();
    }
    System.err.printf("inproc: %d documents, %d words%n", texts.size(), words);
    Language english = Languages.getLanguageForShortCode("en-US");

    // Warm-up: load LanguageTool's resources and compile the hot code on both paths, over all
    // the texts, so the timed runs do not share the cores with the JIT compilers. A shorter
    // warm-up favours one thread, which has the second core to itself for compiling.
    bare(english, texts, 2);
    tqc(reader, inputs, 2);

    for (int round = 0; round < rounds; round++) {
      for (int threads : new int[] {1, 2}) {
        boolean tqcFirst = (round + threads) % 2 == 0;
        for (int side = 0; side < 2; side++) {
          boolean runTqc = (side == 0) == tqcFirst;
          long started = System.nanoTime();
          if (runTqc) {
            tqc(reader, inputs, threads);
          } else {
            bare(english, texts, threads);
          }
          double seconds = (System.nanoTime() - started) / 1e9;
          System.out.printf("inproc %s %d %.1f%n", runTqc ? "tqc" : "bare", threads,
              words / seconds);
          System.out.flush();
        }
      }
    }
  }

  /** tqc's pipeline as {@code tqc check --lang en-US --no-cache} runs it, minus the reports. */
  private static void tqc(TikaDocumentReader reader, List<Input> inputs, int threads)
      throws InterruptedException {
    DocumentChecker checker = new DocumentChecker(new LanguageResolver("en-US", Map.of()),
        new LanguageToolPool(session -> { }), BuiltinRules.all(), FindingFilter.none(),
        new CheckTimeLimit(CheckTimeLimit.DEFAULT));
    AtomicLong findings = new AtomicLong();
    new BatchRunner(reader, checker, threads, ResultCache.disabled()).run(inputs, result -> {
      if (result.failed()) {
        throw new IllegalStateException(result.file() + ": " + result.error());
      }
      findings.addAndGet(result.findings().size());
    });
  }

  /** Bare LanguageTool: one JLanguageTool per thread, texts taken from a shared queue. */
  private static void bare(Language language, List<String> texts, int threads)
      throws InterruptedException {
    ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(texts);
    List<Thread> workers = new ArrayList<>();
    List<Throwable> errors = new java.util.concurrent.CopyOnWriteArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread worker = new Thread(null, () -> {
        try {
          JLanguageTool languageTool = new JLanguageTool(language);
          for (String text = queue.poll(); text != null; text = queue.poll()) {
            languageTool.check(text);
          }
        } catch (Throwable e) {
          errors.add(e);
        }
      }, "bare-" + i, 64L << 20);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (!errors.isEmpty()) {
      throw new IllegalStateException("bare LanguageTool failed", errors.get(0));
    }
  }
}
