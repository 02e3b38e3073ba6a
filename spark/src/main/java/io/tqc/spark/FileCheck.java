package io.tqc.spark;

import io.tqc.engine.DocumentResult;
import io.tqc.read.InputFiles.Input;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Checks one file on an executor exactly as {@code tqc check} does: its bytes go to a local
 * file of the same name (tqc's reader recognises formats by content and name), which the
 * engine's runner reads and checks. Nothing that goes wrong with the file escapes: it becomes
 * the summary row's error, so one bad file never fails the task.
 */
final class FileCheck implements Function<Tuple2<String, PortableDataStream>, CheckedDocument> {
  private final JobSettings settings;
  private final DisplayNames names;

  FileCheck(JobSettings settings, DisplayNames names) {
    this.settings = settings;
    this.names = names;
  }

  @Override
  public CheckedDocument call(Tuple2<String, PortableDataStream> file) {
    String displayName = names.of(file._1());
    ExecutorEngines.Started engine = ExecutorEngines.get(settings);
    return CheckedDocument.of(check(engine, file, displayName), settings.verdictPolicy(),
        engine.ruleSources());
  }

  private static DocumentResult check(ExecutorEngines.Started engine,
      Tuple2<String, PortableDataStream> file, String displayName) {
    Path folder = null;
    try {
      folder = Files.createTempDirectory("tqc-spark-");
      Path local = folder.resolve(new org.apache.hadoop.fs.Path(file._1()).getName());
      try (InputStream in = file._2().open()) {
        Files.copy(in, local);
      }
      return engine.files().checkOne(new Input(local, displayName, null));
    } catch (IOException | RuntimeException e) {
      return DocumentResult.failed(displayName, null, "", "cannot read the file: " + e);
    } finally {
      if (folder != null) {
        deleteQuietly(folder);
      }
    }
  }

  private static void deleteQuietly(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // a temporary file left behind is not worth failing a finished check for
    }
  }
}
