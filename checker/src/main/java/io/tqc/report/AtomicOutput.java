package io.tqc.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * A report file written under a temporary name in the target folder and renamed over the target
 * only when complete, so an interrupted run never leaves half a report.
 */
final class AtomicOutput implements AutoCloseable {
  static final String TEMP_PREFIX = ".tqc-";

  private final Path target;
  private final Path temp;
  private final Writer writer;
  private boolean done;

  AtomicOutput(Path target) throws IOException {
    this.target = target;
    Path folder = target.toAbsolutePath().getParent();
    Files.createDirectories(folder);
    this.temp = Files.createTempFile(folder, TEMP_PREFIX + target.getFileName() + "-", ".tmp");
    // Temporary files are private; the finished report is as readable as any file written.
    if (Files.getFileStore(temp).supportsFileAttributeView("posix")) {
      Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-r--r--"));
    }
    this.writer = new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8), 1 << 16);
  }

  Writer writer() {
    return writer;
  }

  void commit() throws IOException {
    writer.close();
    try {
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
    }
    done = true;
  }

  @Override
  public void close() {
    if (done) {
      return;
    }
    try {
      writer.close();
    } catch (IOException ignored) {
      // the file is deleted next; a failed close changes nothing
    }
    try {
      Files.deleteIfExists(temp);
    } catch (IOException ignored) {
      // nothing more can be done about a temp file that cannot be deleted
    }
    done = true;
  }
}
