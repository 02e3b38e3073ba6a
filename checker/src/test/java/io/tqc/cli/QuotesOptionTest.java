package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tqc check --quotes: the house style of quotation marks, from the command line and config. */
class QuotesOptionTest {
  @TempDir
  Path dir;

  /** MIXED_QUOTES rows of a run as "start-end text suggestion". */
  private List<String> mixedQuotes(Path out) throws Exception {
    return CheckCommandTest.readCsv(out.resolve("findings.csv")).stream()
        .filter(row -> row[6].equals("MIXED_QUOTES"))
        .map(row -> row[4] + "-" + row[5] + " " + row[12] + " " + row[11]).toList();
  }

  @Test
  void theHouseStyleDecidesWhichMarksAreFlaggedAndIsPartOfTheCacheKey() throws Exception {
    Path article = Files.writeString(dir.resolve("a.txt"),
        "The minister called the plan “bold” on Monday.\n", StandardCharsets.UTF_8);
    String cache = dir.resolve("cache").toString();
    Path auto = dir.resolve("auto");
    assertEquals(0, Main.run("check", "-q", "--fail-on", "none", "--lang", "en-US", "--cache",
        cache, "--out", auto.toString(), article.toString()));
    assertEquals(List.of(), mixedQuotes(auto));
    Path straight = dir.resolve("straight");
    assertEquals(0, Main.run("check", "-q", "--fail-on", "none", "--lang", "en-US", "--cache",
        cache, "--quotes", "en=straight", "--out", straight.toString(), article.toString()));
    assertEquals(List.of("29-30 \u201C \"", "34-35 \u201D \""), mixedQuotes(straight));
    Path config = Files.writeString(dir.resolve("tqc.properties"), "quotes=en=straight\n");
    Path fromConfig = dir.resolve("config");
    assertEquals(0, Main.run("check", "-q", "--fail-on", "none", "--lang", "en-US", "--cache",
        cache, "--config", config.toString(), "--out", fromConfig.toString(),
        article.toString()));
    assertEquals(List.of("29-30 \u201C \"", "34-35 \u201D \""), mixedQuotes(fromConfig));
  }

  @Test
  void anUnknownStyleIsAUsageError() {
    CliRun run = CliRun.of("check", "-q", "--quotes", "en=fancy", "--out",
        dir.resolve("r").toString(), "../seeds/000_0d9fa9fe51ed347a.txt");
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--quotes") && run.err().contains("fancy"), run.err());
  }
}
