package io.tqc.cli;

import static io.tqc.cli.CheckCommandTest.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tqc check on every bilingual form: each planted untranslated segment is flagged at its exact
 * span with its segment id and source, and no other segment gets an Accuracy finding.
 */
class BilingualCheckTest {
  private static final Path FIXTURES = Path.of("src/test/resources/bilingual");

  @TempDir
  Path dir;

  /** The Accuracy findings as file name, start, end, rule, text, segment, source. */
  private static List<List<String>> accuracy(List<String[]> findings) {
    return findings.stream().skip(1).filter(r -> r[8].startsWith("Accuracy/"))
        .map(r -> List.of(Path.of(r[0]).getFileName().toString(), r[4], r[5], r[6], r[12],
            r[14], r[15]))
        .toList();
  }

  @Test
  void everyFormFlagsItsUntranslatedSegmentOnlyWithSegmentAndSource() throws Exception {
    Path out = dir.resolve("reports");
    // the time limit is generous: a loaded build machine must not turn into a failed check
    CliRun run = CliRun.of("check", "--max-check-seconds", "900", "--no-cache",
        "--format", "csv,json,sarif",
        "--out", out.toString(), "--source", FIXTURES.resolve("aligned/src").toString(),
        FIXTURES.resolve("aligned/report.txt").toString(),
        FIXTURES.resolve("units12.xlf").toString(), FIXTURES.resolve("units20.xliff").toString(),
        FIXTURES.resolve("memory.tmx").toString(), FIXTURES.resolve("table.csv").toString(),
        FIXTURES.resolve("table.tsv").toString());
    assertEquals(1, run.exitCode(), run.err());
    List<String[]> findings = readCsv(out.resolve("findings.csv"));
    assertEquals(List.of("segment", "source"), List.of(findings.get(0)).subList(14, 16));
    String sent = "Please send your comments to the office before Friday.";
    String factory = "这家公司计划明年在上海开设新工厂。";
    assertEquals(List.of(
        List.of("report.txt", "115", "169", "FOREIGN_LANGUAGE_SENTENCE", sent, "3", sent),
        List.of("memory.tmx", "38", "75", "UNTRANSLATED_SEGMENT",
            "Tickets can be bought at the station.", "2",
            "Tickets can be bought at the station."),
        List.of("table.csv", "31", "65", "UNTRANSLATED_SEGMENT",
            "Children under six enter for free.", "3", "Children under six enter for free."),
        List.of("table.tsv", "46", "88", "UNTRANSLATED_SEGMENT",
            "Books must be returned within three weeks.", "3",
            "Books must be returned within three weeks."),
        List.of("units12.xlf", "34", "76", "UNTRANSLATED_SEGMENT",
            "Your changes have been saved successfully.", "save",
            "Your changes have been saved successfully."),
        List.of("units20.xliff", "60", "76", "UNTRANSLATED_SCRIPT",
            factory.substring(0, 16), "u1/s2", factory)),
        accuracy(findings));
    // One error, one finding: the segment check agreed with the sentence and script checks.
    assertEquals(List.of(
            "report.txt: (also flagged by UNTRANSLATED_SEGMENT, GERMAN_SPELLER_RULE)",
            "memory.tmx: (also flagged by GERMAN_SPELLER_RULE)",
            "units20.xliff: (also flagged by UNTRANSLATED_SEGMENT)"),
        findings.stream().skip(1).filter(r -> r[10].contains("(also flagged by"))
            .map(r -> Path.of(r[0]).getFileName() + ": "
                + r[10].substring(r[10].indexOf("(also flagged by")))
            .toList());

    List<String[]> summary = readCsv(out.resolve("summary.csv"));
    assertEquals("note", summary.get(0)[10]);
    assertEquals(List.of("source " + FIXTURES.resolve("aligned/src/report.src")
            + ": aligned by sentence length: 4 of 4 target sentences paired (4 one to one, "
            + "0 two to one or one to two)", "TMX: 3 units", "CSV table: 3 rows",
            "TSV table: 3 rows", "XLIFF 1.2: 3 segments", "XLIFF 2.0: 3 segments"),
        summary.stream().skip(1).map(r -> r[10]).toList());
    assertEquals(List.of("de-DE", "de-DE", "de-DE", "de-DE", "de-DE", "en-US"),
        summary.stream().skip(1).map(r -> r[1]).toList());

    String json = Files.readString(out.resolve("findings.json")).replaceAll("\\s+", " ");
    assertTrue(json.contains("\"segment\" : \"save\", \"source\" : \"Your changes "
        + "have been saved successfully.\""), json);
    String sarif = Files.readString(out.resolve("findings.sarif")).replaceAll("\\s+", " ");
    assertTrue(sarif.contains("\"segment\" : \"u1/s2\", \"source\" : \"" + factory + "\""),
        sarif);
  }

  @Test
  void pairedFilesByFolderWithATargetWithoutSourceAndASourceWithoutTarget() throws Exception {
    Path set = dir.resolve("set");
    Path src = Files.createDirectories(set.resolve("src/sub"));
    Files.copy(FIXTURES.resolve("paired/news.txt"), Files.createDirectories(set.resolve("sub"))
        .resolve("news.txt"));
    Files.copy(FIXTURES.resolve("paired/src/news.src"), src.resolve("news.src"));
    Files.writeString(set.resolve("alone.txt"), "This article has no source file at all.\n");
    Files.writeString(src.resolve("orphan.src"), "没有译文的原文。\n");
    Path out = dir.resolve("reports");
    CliRun run = CliRun.of("check", "-q", "--max-check-seconds", "900", "--no-cache",
        "--lang", "en-US",
        "--source-lang", "zh-CN", "--out", out.toString(), "--source", set.resolve("src")
            .toString(), set.toString());
    assertEquals(3, run.exitCode(), run.err());
    List<String[]> summary = readCsv(out.resolve("summary.csv"));
    assertEquals(List.of(
        List.of(set.resolve("alone.txt").toString(), "", "no source file (looked for "
            + set.resolve("src/alone") + ".*): checked without a source"),
        List.of(set.resolve("sub/news.txt").toString(), "", "source "
            + set.resolve("src/sub/news.src") + ": paired line by line: 3 segments"),
        List.of(set.resolve("src/sub/orphan.src").toString(), "source file with no target: no "
            + "checked file has the name orphan.* at the same place under the target folder",
            "")),
        summary.stream().skip(1).map(r -> List.of(r[0], r[9], r[10])).toList());
    List<String[]> findings = readCsv(out.resolve("findings.csv"));
    String factory = "这家公司计划明年在上海开设新工厂。";
    assertEquals(List.of(
        List.of("news.txt", "60", "76", "UNTRANSLATED_SCRIPT", factory.substring(0, 16), "2",
            factory)),
        accuracy(findings));
    // findings of the monolingual target name no segment
    assertTrue(findings.stream().skip(1).filter(r -> r[0].endsWith("alone.txt"))
        .allMatch(r -> r[14].isEmpty() && r[15].isEmpty()));
  }

  @Test
  void aSourceFileForSeveralTargetsIsAUsageError() throws Exception {
    CliRun run = CliRun.of("check", "-q", "--no-cache", "--out", dir.toString(), "--source",
        FIXTURES.resolve("paired/src/news.src").toString(),
        FIXTURES.resolve("table.csv").toString(), FIXTURES.resolve("table.tsv").toString());
    assertEquals(2, run.exitCode());
    assertTrue(run.err().contains("--source " + FIXTURES.resolve("paired/src/news.src")
        + " is a file, so it pairs with one target, but 2 targets were found"), run.err());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(0, files.filter(p -> p.toString().endsWith(".csv")).count());
    }
  }
}
