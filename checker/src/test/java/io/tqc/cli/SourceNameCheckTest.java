package io.tqc.cli;

import static io.tqc.cli.CheckCommandTest.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * tqc check on a Chinese source paired with its English translation: the garbled name is
 * flagged at its exact span, the missing name and the far too short translation at the end of
 * their segments (the short one is also missing its number: one finding, the number's, says
 * both rules agreed), and the segment with its names right gets nothing.
 */
class SourceNameCheckTest {
  private static final Path FIXTURES = Path.of("src/test/resources/source-names");

  @TempDir
  Path dir;

  @Test
  void namesAndLengthAreCheckedAgainstTheSource() throws Exception {
    Path out = dir.resolve("reports");
    CliRun run = CliRun.of("check", "--max-check-seconds", "900", "--no-cache", "--lang",
        "en-US", "--out", out.toString(), "--source", FIXTURES.resolve("src").toString(),
        FIXTURES.resolve("news.txt").toString());
    assertEquals(1, run.exitCode(), run.err());
    List<List<String>> source = readCsv(out.resolve("findings.csv")).stream().skip(1)
        .filter(r -> r[6].startsWith("SOURCE_") || r[6].startsWith("NUMBER_"))
        .map(r -> List.of(r[4], r[5], r[6], r[8], r[9], r[12], r[14], r[10])).toList();
    assertEquals(List.of(
        List.of("17", "29", "SOURCE_NAME_GARBLED", "Accuracy/Mistranslation", "major",
            "Pang Yaodian", "1", "The source's name 庞尧天 is written Pang Yaotian, not Pang "
            + "Yaodian."),
        List.of("123", "123", "NUMBER_MISSING", "Accuracy/Omission", "neutral", "", "3",
            "The source's number “百分之二点一” (2.1) is missing from the target. (also flagged "
            + "by SOURCE_LENGTH_OMISSION)"),
        List.of("151", "151", "SOURCE_NAME_MISSING", "Accuracy/Omission", "neutral", "", "4",
            "The source's name 王凌丽 (Wang Lingli) is not in the target.")),
        source);
  }
}
