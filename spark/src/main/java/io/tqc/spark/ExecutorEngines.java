package io.tqc.spark;

import io.tqc.engine.BatchRunner;
import io.tqc.engine.ResultCache;
import io.tqc.read.bilingual.SourcePairing;
import io.tqc.setup.Engine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * One engine per executor JVM and settings, started by the first task that needs it and kept
 * for every later task and partition: LanguageTool takes seconds to load a language, so its
 * instances (one per task thread and language, in the engine's pool) must outlive a partition.
 */
final class ExecutorEngines {
  private static final Map<String, Started> ENGINES = new ConcurrentHashMap<>();

  /**
   * An engine, the runner that reads and checks one file at a time with it, and how the
   * driver names the rule-pack files the executor wrote.
   */
  record Started(Engine engine, BatchRunner files, UnaryOperator<String> ruleSources) {}

  private ExecutorEngines() {}

  static Started get(JobSettings settings) {
    return ENGINES.computeIfAbsent(settings.key(), key -> start(settings));
  }

  private static Started start(JobSettings settings) {
    try {
      Path packs = Files.createTempDirectory("tqc-spark-rules-");
      List<Path> folders = settings.rulePacks().writeUnder(packs);
      Engine engine = Engine.start(settings.engineSettings(folders));
      // jobs=1: checkOne runs on the task's own thread; Spark's task slots are the parallelism.
      return new Started(engine, engine.batch(SourcePairing.NONE, 1, ResultCache.disabled()),
          settings.rulePacks().ruleSourceNames(folders));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the rule packs on this executor", e);
    }
  }
}
