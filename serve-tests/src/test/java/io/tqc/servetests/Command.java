package io.tqc.servetests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs a program to its end and keeps what it printed. */
record Command(int exitCode, String stdout, String stderr) {
  /**
   * Runs {@code command} in {@code directory}; stdout and stderr go through files so that a
   * chatty program never blocks on a full pipe.
   */
  static Command run(List<String> command, Path directory, Duration timeout)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("serve-tests-", ".out");
    Path err = Files.createTempFile("serve-tests-", ".err");
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        throw new AssertionError("still running after " + timeout + ": " + command + "\n"
            + Files.readString(err, StandardCharsets.UTF_8));
      }
      return new Command(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
          Files.readString(err, StandardCharsets.UTF_8));
    } finally {
      Files.deleteIfExists(out);
      Files.deleteIfExists(err);
    }
  }

  /** The program of that name on the PATH, if there is one. */
  static Optional<Path> onPath(String name) {
    for (String folder : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path candidate = Path.of(folder).resolve(name);
      if (!folder.isEmpty() && Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
