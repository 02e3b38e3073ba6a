package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tqc check --cache and --no-cache, end to end. */
class CheckCommandCacheTest {
  private static final Path SEED = Path.of("../seeds/000_0d9fa9fe51ed347a.txt");

  @TempDir
  Path dir;

  private static List<Path> files(Path folder) throws Exception {
    if (!Files.exists(folder)) {
      return List.of();
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile).toList();
    }
  }

  @Test
  void secondRunTakesTheResultFromTheCacheAndWritesTheSameReports() throws Exception {
    Path cache = dir.resolve("cache");
    Path first = dir.resolve("first");
    Path second = dir.resolve("second");
    assertEquals(1, Main.run("check", "-q", "--lang", "en-US", "--cache", cache.toString(),
        "--out", first.toString(), SEED.toString()));
    assertEquals(1, files(cache).size());
    assertEquals(1, Main.run("check", "-q", "--lang", "en-US", "--cache", cache.toString(),
        "--out", second.toString(), SEED.toString()));
    assertEquals(1, files(cache).size());
    for (String report : List.of("findings.csv", "summary.csv", "report.html")) {
      assertEquals(Files.readString(first.resolve(report)),
          Files.readString(second.resolve(report)), report);
    }
  }

  @Test
  void saysHowManyDocumentsCameFromTheCache() throws Exception {
    Path cache = dir.resolve("cache");
    Path articles = Files.createDirectories(dir.resolve("articles"));
    Files.copy(SEED, articles.resolve("a.txt"));
    Path second = Files.writeString(articles.resolve("b.txt"), "The cat sat on the mat.\n");
    String out = dir.resolve("out").toString();

    CliRun first = CliRun.of("check", "--lang", "en-US", "--jobs", "1", "--cache",
        cache.toString(), "--out", out, articles.toString());
    CliRun again = CliRun.of("check", "--lang", "en-US", "--cache", cache.toString(), "--out",
        out, articles.toString());
    CliRun one = CliRun.of("check", "--lang", "en-US", "--cache", cache.toString(), "--out",
        out, second.toString());

    assertEquals(1, first.exitCode());
    assertFalse(first.err().contains("from the cache"), first.err());
    assertTrue(again.err().contains("tqc: 2 documents taken from the cache in " + cache
        + ": their text was checked before (--no-cache checks them again)\n"), again.err());
    assertTrue(one.err().contains("tqc: 1 document taken from the cache in " + cache
        + ": its text was checked before (--no-cache checks it again)\n"), one.err());
  }

  @Test
  void noCacheWritesNothing() throws Exception {
    Path cache = dir.resolve("cache");
    assertEquals(1, Main.run("check", "-q", "--lang", "en-US", "--no-cache", "--cache",
        cache.toString(), "--out", dir.resolve("out").toString(), SEED.toString()));
    assertFalse(Files.exists(cache));
  }
}
