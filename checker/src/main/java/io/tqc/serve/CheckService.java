package io.tqc.serve;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.UnsupportedLanguageException;
import io.tqc.read.Document;
import io.tqc.read.Segmentation;
import io.tqc.read.bilingual.BilingualDocumentReader;
import io.tqc.read.bilingual.SegmentAligner;
import io.tqc.setup.Engine;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.languagetool.Language;

/**
 * Checks the text of requests with the engine on a fixed number of worker threads, so that the
 * LanguageTool instances (one per worker and language) stay few whatever the number of clients.
 */
final class CheckService implements AutoCloseable {
  /** Used when {@code language=auto} finds no language tqc checks, as LanguageTool does. */
  static final String FALLBACK_LANGUAGE = "en-US";

  private final Engine engine;
  private final ExecutorService workers;
  private final RuleCatalog catalog;

  CheckService(Engine engine, int workers) {
    this.engine = engine;
    AtomicInteger number = new AtomicInteger();
    ThreadFactory threads = task -> {
      Thread thread = new Thread(task, "tqc-check-" + number.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
    this.workers = Executors.newFixedThreadPool(workers, threads);
    this.catalog = new RuleCatalog(engine.rules());
  }

  RuleCatalog catalog() {
    return catalog;
  }

  /**
   * Checks a request's text; the caller has admitted it (the number waiting is bounded).
   *
   * @throws ApiException 400 for an unknown language, 500 when the check took too long (and
   *     incomplete results were not allowed) or failed
   */
  CheckOutcome check(CheckRequest request) throws InterruptedException {
    return check(request, "text");
  }

  /** @param name the text's name in findings and reports */
  CheckOutcome check(CheckRequest request, String name) throws InterruptedException {
    String text = request.input().plain();
    boolean auto = request.language().equals(LanguageResolver.AUTO);
    Language language = language(request, text, auto);
    Document document = document(name, request, text);
    // The settings' --enable and --disable decide for the rules they name, as in tqc check.
    Set<String> rulesOn = new HashSet<>(request.selection().enabledRules());
    rulesOn.removeAll(engine.settings().enabled());
    rulesOn.removeAll(engine.settings().disabled());
    Future<DocumentResult> running = workers.submit(
        () -> engine.checker().check(document, language, rulesOn));
    DocumentResult result;
    try {
      result = running.get();
    } catch (ExecutionException e) {
      throw new ApiException(500, "Internal error while checking the text");
    } catch (InterruptedException e) {
      running.cancel(true);
      throw e;
    }
    if (result.failed()) {
      if (!result.error().equals(engine.settings().timeLimit().exceededMessage())) {
        throw new ApiException(500, "Could not check the text: " + result.error());
      }
      if (!request.allowIncompleteResults()) {
        throw new ApiException(500, "Checking took longer than "
            + engine.settings().timeLimit().limit().toSeconds() + " seconds, which is this "
            + "server's limit. Please make sure you have selected the proper language or "
            + "consider submitting a shorter text.");
      }
      return new CheckOutcome(request, language, auto, result, List.of(), true);
    }
    List<Finding> kept = result.findings().stream()
        .filter(f -> request.selection().keeps(f.ruleId(), catalog.categoryId(f, language)))
        .toList();
    return new CheckOutcome(request, language, auto, result, kept, false);
  }

  /** The request's text as a document, bilingual when it came with its source. */
  static Document document(String name, CheckRequest request, String text) {
    Document document = Document.of(name, text, "text/plain", "", false);
    if (request.sourceText().isBlank()) {
      return document;
    }
    String sourceLanguage = request.sourceLanguage().equals(BilingualDocumentReader.AUTO) ? ""
        : request.sourceLanguage();
    SegmentAligner.Alignment alignment = SegmentAligner.align(request.sourceText(), text,
        sourceLanguage);
    return document.withSegmentation(new Segmentation(alignment.segments(), "",
        "sourceText: " + alignment.description()));
  }

  private Language language(CheckRequest request, String text, boolean auto) {
    try {
      return engine.language(request.language(), request.preferredVariants(), text);
    } catch (UnsupportedLanguageException e) {
      if (!auto) {
        throw ApiException.badRequest("'" + request.language() + "' is not a language code "
            + "known to tqc. Supported language codes are: "
            + String.join(", ", LanguageResolver.supportedCodes()));
      }
    }
    String fallback = engine.settings().language().equals(LanguageResolver.AUTO)
        ? FALLBACK_LANGUAGE : engine.settings().language();
    try {
      return engine.language(fallback, request.preferredVariants(), text);
    } catch (UnsupportedLanguageException e) {
      throw ApiException.badRequest("the language of the text could not be detected");
    }
  }

  @Override
  public void close() {
    workers.shutdownNow();
    try {
      workers.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
