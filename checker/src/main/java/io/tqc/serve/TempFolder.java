package io.tqc.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The server's own temporary folder: uploads and reports are written inside it, each deleted
 * as soon as it has been answered, and the folder itself when the server stops.
 */
final class TempFolder implements AutoCloseable {
  private final Path root;

  TempFolder() throws IOException {
    this.root = Files.createTempDirectory("tqc-serve-");
  }

  Path root() {
    return root;
  }

  Path newFile(String suffix) throws IOException {
    return Files.createTempFile(root, "upload-", suffix);
  }

  Path newFolder() throws IOException {
    return Files.createTempDirectory(root, "report-");
  }

  static void delete(Path path) {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete " + path + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    delete(root);
  }
}
