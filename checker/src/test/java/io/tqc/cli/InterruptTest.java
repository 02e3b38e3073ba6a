package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real tqc process stopped with SIGTERM in the middle of an audit: the previous reports are
 * left as they were, no temporary file remains, and the exit code is 130.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class InterruptTest {
  @TempDir
  Path dir;

  @Test
  void anInterruptedAuditLeavesThePreviousReports() throws Exception {
    Path articles = Files.createDirectories(dir.resolve("articles"));
    String seed = Files.readString(Path.of("../seeds/000_0d9fa9fe51ed347a.txt"));
    for (int i = 0; i < 200; i++) {
      Files.writeString(articles.resolve("article-" + i + ".txt"), seed + "\n\nCopy " + i + ".");
    }
    Path out = Files.createDirectories(dir.resolve("reports"));
    for (String name : List.of("findings.csv", "summary.csv", "report.html")) {
      Files.writeString(out.resolve(name), "previous " + name + "\n");
    }
    String classpath = "target/classes" + java.io.File.pathSeparator
        + Files.readString(Path.of("target/tqc.classpath")).strip();
    Process tqc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", classpath, "io.tqc.cli.Main", "check", "-q", "--no-cache",
        "--out", out.toString(), articles.toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();

    // Wait until the reports are being written, then interrupt.
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (!writingReports(out) && tqc.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertTrue(tqc.isAlive(), "tqc ended before it could be interrupted");
    Thread.sleep(2000);
    tqc.destroy();
    assertTrue(tqc.waitFor(60, TimeUnit.SECONDS));

    assertEquals(130, tqc.exitValue(), Files.readString(dir.resolve("log.txt")));
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(List.of("findings.csv", "report.html", "summary.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    for (String name : List.of("findings.csv", "summary.csv", "report.html")) {
      assertEquals("previous " + name + "\n", Files.readString(out.resolve(name)));
    }
  }

  private static boolean writingReports(Path out) throws Exception {
    try (Stream<Path> files = Files.list(out)) {
      return files.anyMatch(p -> p.getFileName().toString().startsWith(".tqc-"));
    }
  }
}
