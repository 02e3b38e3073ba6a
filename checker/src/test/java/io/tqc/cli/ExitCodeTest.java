package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit code follows the verdicts of summary.csv unless --fail-on is given, and the messages
 * of a first run say what happened.
 */
class ExitCodeTest {
  private static final Path VERDICTS = Path.of("src/test/resources/verdicts");
  /** Verdict pass: one minor finding (a typo) in 136 words, 7.35 per 1000. */
  private static final String PASS = VERDICTS.resolve("de-pass.txt").toString();
  /** Verdict review: the same article with straight quotes, 3 minor findings, 22.06. */
  private static final String REVIEW = VERDICTS.resolve("de-review.txt").toString();
  /** Verdict fail: 4 major and minor findings in 69 words. */
  private static final String FAIL = "src/test/resources/articles/de-article.txt";

  /**
   * These tests are about exit codes, not limits: a check that takes longer than the default
   * limit on a loaded machine would exit with 3 instead.
   */
  private static final String SLOW_MACHINE = "--max-check-seconds=1000";

  @TempDir
  Path dir;

  private String out() {
    return dir.resolve("out").toString();
  }

  private List<String> verdicts() throws Exception {
    return CheckCommandTest.readCsv(dir.resolve("out/summary.csv")).stream().skip(1)
        .map(row -> Path.of(row[0]).getFileName() + ":" + row[3] + ":" + row[8]).toList();
  }

  @Test
  void aGermanArticleThatPassesWithOneMinorFindingExitsZero() throws Exception {
    assertEquals(0, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--out", out(), PASS));
    assertEquals(List.of("de-pass.txt:1:pass"), verdicts());
  }

  @Test
  void aFailingArticleExitsOneAndAReviewOneAsTheUserChooses() throws Exception {
    assertEquals(1, Main.run("check", "-q", "--no-cache", SLOW_MACHINE,
        "--out", out(), PASS, FAIL));
    assertEquals(List.of("de-article.txt:4:fail", "de-pass.txt:1:pass"), verdicts());
    assertEquals(1, Main.run("check", "-q", "--no-cache", SLOW_MACHINE,
        "--out", out(), PASS, REVIEW));
    assertEquals(List.of("de-pass.txt:1:pass", "de-review.txt:3:review"), verdicts());
    assertEquals(0, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--review-exit", "pass",
        "--out", out(), PASS, REVIEW));
    assertEquals(1, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--review-exit", "PASS",
        "--out", out(), REVIEW, FAIL));
  }

  @Test
  void reviewExitComesFromTheConfigFileToo() throws Exception {
    Path config = dir.resolve("tqc.properties");
    Files.writeString(config, "review-exit=pass\n");
    assertEquals(0, Main.run("check", "-q", "--no-cache", SLOW_MACHINE,
        "--config", config.toString(), "--out", out(), REVIEW));
    CliRun wrong = CliRun.of("check", "--review-exit", "maybe", "--out", out(), REVIEW);
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().contains("Invalid value for option '--review-exit': "
        + "expected one of [PASS, FAIL] (case-insensitive) but was 'maybe'"), wrong.err());
  }

  @Test
  void failOnKeepsItsMeaningWhenGiven() {
    // the passing article has one neutral finding (spelling advice): only --fail-on neutral
    // fails it
    assertEquals(1, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--fail-on", "neutral",
        "--out", out(), PASS));
    assertEquals(0, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--fail-on", "minor",
        "--out", out(), PASS));
    assertEquals(0, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--fail-on", "major",
        "--out", out(), PASS, REVIEW));
    assertEquals(0, Main.run("check", "-q", "--no-cache", SLOW_MACHINE, "--fail-on", "none",
        "--out", out(), FAIL));
  }

  @Test
  void articlesInALanguageTqcCannotCheckAreCountedApart() throws Exception {
    Path folder = Files.createDirectories(dir.resolve("mixed"));
    Files.copy(Path.of(PASS), folder.resolve("a-german.txt"));
    Files.writeString(folder.resolve("b-greek.txt"), "Η κυβέρνηση ανακοίνωσε σήμερα νέα μέτρα "
        + "για την οικονομία. Οι πολίτες περιμένουν αλλαγές στις τιμές.\n");
    Files.writeString(folder.resolve("c-korean.txt"), "정부는 오늘 새로운 경제 대책을 발표했다. "
        + "시민들은 물가의 변화를 기대하고 있다.\n");
    Files.write(folder.resolve("d-empty.txt"), new byte[0]);

    CliRun run = CliRun.of("check", "--no-cache", SLOW_MACHINE, "--out", out(),
        folder.toString());

    assertEquals(ExitCodes.NOT_CHECKED, run.exitCode());
    assertTrue(run.err().contains("tqc: checked 1 of 4 documents, 1 finding, 1 could not be "
        + "read or checked, 2 are in a language tqc cannot check; reports in " + out()),
        run.err());
    List<String[]> summary = CheckCommandTest.readCsv(dir.resolve("out/summary.csv"));
    assertEquals("the text is in Greek (el), which tqc cannot check (written in greek script)",
        summary.get(2)[9]);
    assertEquals("the text is in Korean (ko), which tqc cannot check (written in hangul script)",
        summary.get(3)[9]);
    assertEquals("the file is empty", summary.get(4)[9]);
  }

  @Test
  void outNamingAFileSaysThatItIsNotAFolder() throws Exception {
    Path file = Files.writeString(dir.resolve("reports.txt"), "not a folder");
    CliRun run = CliRun.of("check", "--no-cache", "--out", file.toString(), PASS);
    assertEquals(2, run.exitCode());
    assertEquals("tqc: cannot write the reports in " + file + ": " + file
        + " is a file, not a folder\n", run.err());
  }

  @Test
  void anEmptyFolderIsNamedPlainly() throws Exception {
    Path drafts = Files.createDirectories(dir.resolve("drafts"));
    Files.writeString(drafts.resolve(".hidden.txt"), "Hidden text.");
    CliRun run = CliRun.of("check", "--out", out(), drafts.toString());
    assertEquals(2, run.exitCode());
    assertEquals("tqc: no files to check in " + drafts + ": no files (hidden files and folders "
        + "are skipped)\n", run.err());

    Files.writeString(drafts.resolve("a.txt"), "Some text.");
    CliRun filtered = CliRun.of("check", "--include", "*.docx", "--out", out(),
        drafts.toString(), drafts.toString());
    assertEquals("tqc: no files to check in " + drafts + ", " + drafts + ": no files that "
        + "--include and --exclude let through (hidden files and folders are skipped)\n",
        filtered.err());
  }

  @Test
  void helpIsACommand() {
    CliRun help = CliRun.of("help");
    assertEquals(0, help.exitCode(), help.err());
    assertTrue(help.out().startsWith("Usage: tqc [-hV] [COMMAND]"), help.out());
    assertTrue(help.out().contains("  check  Checks translated articles"), help.out());
    assertTrue(help.out().contains("  help   Display help information about the specified "
        + "command."), help.out());

    CliRun check = CliRun.of("help", "check");
    assertEquals(0, check.exitCode(), check.err());
    assertTrue(check.out().startsWith("Usage: tqc check "), check.out());
    assertTrue(check.out().contains("--review-exit=pass|fail"), check.out());
    assertTrue(check.out().contains("Exit codes:\n  0     every article passes (with --fail-on: "
        + "nothing at or above it)\n"), check.out());

    assertEquals(2, CliRun.of("help", "nonsense").exitCode());
  }

  @Test
  void theLauncherKeepsMavensColourResetsOutOfAFirstBuild() throws Exception {
    // A copy of the launcher in a fresh tree, with a stand-in for Maven that behaves as Maven
    // 3.8's console library does: it ends with colour resets unless jansi.noreset is set.
    Path tree = Files.createDirectories(dir.resolve("tree"));
    Files.copy(Path.of("../tqc"), tree.resolve("tqc"));
    Files.writeString(tree.resolve("pom.xml"), "<project/>");
    Files.createDirectories(tree.resolve("checker/src/main"));
    Files.writeString(tree.resolve("checker/pom.xml"), "<project/>");
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path seen = dir.resolve("maven-opts");
    Path mvn = Files.writeString(bin.resolve("mvn"), "#!/bin/sh\n"
        + "printf '%s' \"$MAVEN_OPTS\" > '" + seen + "'\n"
        + "echo 'ERROR: stand-in build failed' >&2\n"
        + "case \"$MAVEN_OPTS\" in\n"
        + "  *-Djansi.noreset=true*) ;;\n"
        + "  *) printf '\\033[0m\\033[0m' && printf '\\033[0m\\033[0m' >&2 ;;\n"
        + "esac\n"
        + "exit 1\n");
    assertTrue(mvn.toFile().setExecutable(true));
    assertTrue(tree.resolve("tqc").toFile().setExecutable(true));

    ProcessBuilder launcher = new ProcessBuilder(tree.resolve("tqc").toString(), "--version")
        .redirectErrorStream(true);
    launcher.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    launcher.environment().put("MAVEN_OPTS", "-Xmx1g");
    Process process = launcher.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertEquals(2, process.waitFor());
    assertEquals("tqc: building the checker (first run or changed sources)...\n"
        + "ERROR: stand-in build failed\n"
        + "tqc: the build failed; see the Maven output above\n", output);
    assertEquals("-Xmx1g -Djansi.noreset=true", Files.readString(seen));
  }
}
