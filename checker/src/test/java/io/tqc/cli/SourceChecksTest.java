package io.tqc.cli;

import static io.tqc.cli.CheckCommandTest.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The source-aware checks through tqc check on every bilingual form: each planted error is
 * flagged at its exact span in its segment, the correct segments beside them get no Accuracy
 * finding, and correct articles with numbers written every way get no number finding.
 */
class SourceChecksTest {
  private static final Path FIXTURES = Path.of("src/test/resources/source-checks");
  private static final Set<String> SOURCE_RULES = Set.of("NUMBER_MISMATCH", "NUMBER_MISSING",
      "NUMBER_ADDED", "MISSING_SOURCE_TOKEN", "TAG_MISMATCH", "QUESTION_MISMATCH",
      "PRONOUN_GENDER", "INVENTED_WORD");

  @TempDir
  Path dir;

  /** Findings of the source-aware rules and all Accuracy findings: file, span, rule, segment. */
  private static List<List<String>> checked(List<String[]> findings) {
    return findings.stream().skip(1)
        .filter(r -> r[8].startsWith("Accuracy/") || SOURCE_RULES.contains(r[6]))
        .map(r -> List.of(Path.of(r[0]).getFileName().toString(), r[4], r[5], r[6], r[12],
            r[14], r[10]))
        .toList();
  }

  @Test
  void everyPlantedErrorIsFlaggedAtItsSpanAndNothingElse() throws Exception {
    Path out = dir.resolve("reports");
    Path planted = FIXTURES.resolve("planted");
    // the time limit is generous: a loaded build machine must not turn into a failed check
    CliRun run = CliRun.of("check", "-q", "--max-check-seconds", "900", "--no-cache",
        "--format", "csv", "--out", out.toString(), "--source",
        planted.resolve("src").toString(), planted.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(List.of(
        List.of("memory.tmx", "93", "93", "NUMBER_MISSING", "", "price",
            "The source's number “12” is missing from the target."),
        List.of("memory.tmx", "123", "123", "MISSING_SOURCE_TOKEN", "", "social",
            "The source's “@citymuseum” is missing from the target."),
        List.of("memory.tmx", "154", "155", "QUESTION_MISMATCH", ".", "sunday",
            "The source asks a question, the target states it."),
        List.of("news.txt", "185", "188", "NUMBER_MISMATCH", "42%", "2",
            "The source says “24%”, the target “42%”."),
        List.of("news.txt", "315", "315", "NUMBER_MISSING", "", "4",
            "The source's number “3.5亿” (350,000,000) is missing from the target."),
        List.of("news.txt", "353", "353", "MISSING_SOURCE_TOKEN", "", "5",
            "The source's “www.example.cn/report” is missing from the target."),
        List.of("news.txt", "388", "389", "QUESTION_MISMATCH", ".", "6",
            "The source asks a question, the target states it."),
        List.of("news.txt", "390", "392", "PRONOUN_GENDER", "He", "7",
            "The source speaks of a woman, the target says “He”."),
        List.of("table.csv", "0", "2", "PRONOUN_GENDER", "Er", "2",
            "The source speaks of a woman, the target says “Er”."),
        List.of("table.csv", "70", "77", "NUMBER_MISMATCH", "400.000", "4",
            "The source says “40,000”, the target “400.000”."),
        List.of("table.csv", "143", "144", "NUMBER_ADDED", "3", "5",
            "The source has no number, the target “3”."),
        List.of("table.csv", "215", "228", "INVENTED_WORD", "Sitzustellung", "7",
            "“Sitzustellung” is neither a word the dictionary knows nor taken from the source: "
                + "a garbled or made-up word. (also flagged by GERMAN_SPELLER_RULE)"),
        List.of("units12.xlf", "58", "58", "TAG_MISMATCH", "", "save",
            "The source's <g id=\"1\">…</g> is missing from the target."),
        List.of("units12.xlf", "118", "118", "TAG_MISMATCH", "", "pages",
            "The source's {1} is missing from the target."),
        List.of("units12.xlf", "139", "142", "NUMBER_MISMATCH", "520", "order",
            "The source says “250”, the target “520”."),
        List.of("units12.xlf", "195", "195", "TAG_MISMATCH", "", "settings",
            "</ept> is out of order: the source has its codes in another order."),
        List.of("units20.xliff", "61", "64", "NUMBER_MISMATCH", "50%", "signup",
            "The source says “15%”, the target “50%”."),
        List.of("units20.xliff", "123", "123", "TAG_MISMATCH", "", "code",
            "The source's %s is missing from the target."),
        List.of("units20.xliff", "179", "179", "TAG_MISMATCH", "", "extra",
            "The target has <ph id=\"9\"/>, which its source does not have.")),
        checked(readCsv(out.resolve("findings.csv"))));
  }

  @Test
  void correctArticlesWithNumbersWrittenEveryWayGetNoSourceFinding() throws Exception {
    Path out = dir.resolve("reports");
    Path correct = FIXTURES.resolve("correct");
    CliRun run = CliRun.of("check", "-q", "--max-check-seconds", "900", "--no-cache",
        "--format", "csv", "--out", out.toString(), "--source",
        correct.resolve("src").toString(), correct.toString());
    assertEquals(List.of(), checked(readCsv(out.resolve("findings.csv"))), run.err());
    List<String[]> summary = readCsv(out.resolve("summary.csv"));
    assertEquals(List.of("numbers-de.txt: paired line by line: 10 segments",
            "numbers-zh.txt: paired line by line: 12 segments"),
        summary.stream().skip(1).map(r -> Path.of(r[0]).getFileName() + ": "
            + r[10].substring(r[10].indexOf("paired"))).toList());
  }
}
