package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** tqc check end to end, as a user runs it. */
class CheckCommandTest {
  private static final Path SEED = Path.of("../seeds/000_0d9fa9fe51ed347a.txt");
  private static final Path ARTICLES = Path.of("src/test/resources/articles");

  @TempDir
  Path dir;

  static List<String[]> readCsv(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file); CSVReader csv = new CSVReader(in)) {
      return csv.readAll();
    }
  }

  @Test
  void seedGetsFindingsAtExactPositionsAndExitsOne() throws Exception {
    Path out = dir.resolve("reports");
    assertEquals(1, Main.run("check", "-q", "--no-cache",
        "--out", out.toString(), SEED.toString()));
    List<String[]> findings = readCsv(out.resolve("findings.csv"));
    assertEquals("file,language,line,column,start,end,rule_id,rule_source,category,severity,"
        + "message,suggestions,text,context,segment,source", String.join(",", findings.get(0)));
    String[] repeat = findings.stream().filter(r -> r[6].equals("ENGLISH_WORD_REPEAT_RULE"))
        .findFirst().orElseThrow();
    assertEquals(List.of(SEED.toString(), "en-US", "15", "287", "2216", "2227",
        "ENGLISH_WORD_REPEAT_RULE", "languagetool", "Fluency/Grammar", "major",
        "Possible typo: you repeated a word.", "Phone", "Phone phone"),
        List.of(repeat).subList(0, 13));
    List<String[]> summary = readCsv(out.resolve("summary.csv"));
    assertEquals("file,language,words,findings,critical,major,minor,penalty_per_1000_words,"
        + "verdict,error,note", String.join(",", summary.get(0)));
    assertEquals(2, summary.size());
    assertEquals(SEED.toString(), summary.get(1)[0]);
    assertEquals("456", summary.get(1)[2]);
    assertEquals(Integer.toString(findings.size() - 1), summary.get(1)[3]);
    assertTrue(Files.readString(out.resolve("report.html")).contains("Phone phone"));
  }

  @Test
  void badFilesAreReportedAndTheGoodOnesStillChecked() throws Exception {
    Path batch = Files.createDirectories(dir.resolve("batch"));
    Files.copy(ARTICLES.resolve("en-clean.txt"), batch.resolve("a-clean.txt"));
    Files.copy(ARTICLES.resolve("de-article.txt"), batch.resolve("b-german.txt"));
    byte[] docx = Files.readAllBytes(Path.of("../seeds/000_0d9fa9fe51ed347a.docx"));
    Files.write(batch.resolve("c-corrupt.docx"), java.util.Arrays.copyOf(docx, 2000));
    Files.write(batch.resolve("d-empty.txt"), new byte[0]);
    byte[] noise = new byte[8192];
    new Random(42).nextBytes(noise);
    Files.write(batch.resolve("e-binary.bin"), noise);
    Path out = dir.resolve("out");

    assertEquals(3, Main.run("check", "-q", "--no-cache",
        "--out", out.toString(), batch.toString()));

    List<String[]> summary = readCsv(out.resolve("summary.csv"));
    assertEquals(6, summary.size());
    assertEquals(List.of("a-clean.txt", "en-US", "0", "pass", ""), row(summary.get(1)));
    assertEquals(List.of("b-german.txt", "de-DE", "4", "fail", ""), row(summary.get(2)));
    assertEquals("c-corrupt.docx", Path.of(summary.get(3)[0]).getFileName().toString());
    assertTrue(summary.get(3)[9].startsWith("the application/"), summary.get(3)[9]);
    assertTrue(summary.get(3)[9].contains("corrupt or cannot be parsed"), summary.get(3)[9]);
    assertEquals("the file is empty", summary.get(4)[9]);
    assertEquals("no text could be extracted (detected type application/octet-stream)",
        summary.get(5)[9]);
    List<String[]> findings = readCsv(out.resolve("findings.csv"));
    assertEquals(5, findings.size());
    assertTrue(findings.stream().skip(1).allMatch(r -> r[0].endsWith("b-german.txt")));
  }

  private static List<String> row(String[] summaryRow) {
    return List.of(Path.of(summaryRow[0]).getFileName().toString(), summaryRow[1],
        summaryRow[3], summaryRow[8], summaryRow[9]);
  }

  @Test
  void outputIsTheSameWhateverTheNumberOfJobs() throws Exception {
    Path one = dir.resolve("one");
    Path two = dir.resolve("two");
    Main.run("check", "-q", "--no-cache",
        "--jobs", "1", "--out", one.toString(), ARTICLES.toString());
    Main.run("check", "-q", "--no-cache",
        "--jobs", "2", "--out", two.toString(), ARTICLES.toString());
    assertEquals(Files.readString(one.resolve("findings.csv")),
        Files.readString(two.resolve("findings.csv")));
    assertEquals(Files.readString(one.resolve("summary.csv")),
        Files.readString(two.resolve("summary.csv")));
    assertEquals(5, Files.readString(one.resolve("summary.csv")).lines().count());
  }

  @Test
  void formatChoosesTheReportsAndAllAgreeOnTheFindings() throws Exception {
    Path out = dir.resolve("formats");
    assertEquals(1, Main.run("check", "-q", "--no-cache", "--format", "csv,json",
        "--format", "SARIF", "--out", out.toString(), SEED.toString()));
    try (var files = Files.list(out)) {
      assertEquals(List.of("findings.csv", "findings.json", "findings.sarif", "summary.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
    int findings = readCsv(out.resolve("findings.csv")).size() - 1;
    String json = Files.readString(out.resolve("findings.json"));
    String sarif = Files.readString(out.resolve("findings.sarif"));
    assertEquals(findings, count(json, "\"rule_id\" : "));
    assertEquals(findings, count(sarif, "\"ruleId\" : "));
    assertTrue(json.contains("\"totals\" : {\n    \"documents\" : 1,\n    \"unreadable\" : 0,\n"
        + "    \"findings\" : " + findings + "\n"), json);
    // the seed's repeated word, "Phone phone": line 15, columns 287 to 297
    int repeat = sarif.indexOf("\"ruleId\" : \"ENGLISH_WORD_REPEAT_RULE\"");
    String location = sarif.substring(repeat, sarif.indexOf("\"properties\"", repeat))
        .replaceAll("\\s+", " ");
    assertTrue(location.contains("\"uri\" : \"../seeds/000_0d9fa9fe51ed347a.txt\" }, "
        + "\"region\" : { \"startLine\" : 15, \"startColumn\" : 287, \"endLine\" : 15, "
        + "\"endColumn\" : 298, \"snippet\" : { \"text\" : \"Phone phone\" }"), location);

    CliRun wrong = CliRun.of("check", "--format", "xml", "--out", out.toString(),
        SEED.toString());
    assertEquals(2, wrong.exitCode());
    assertTrue(wrong.err().contains("Invalid value for option '--format' (FORMAT): expected one "
        + "of [CSV, HTML, JSON, SARIF] (case-insensitive) but was 'xml'"), wrong.err());
  }

  private static int count(String text, String part) {
    int found = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      found++;
    }
    return found;
  }

  @Test
  void failOnDecidesTheExitCode() {
    String clean = ARTICLES.resolve("en-clean.txt").toString();
    String german = ARTICLES.resolve("de-article.txt").toString();
    String out = dir.resolve("o").toString();
    assertEquals(0, Main.run("check", "-q", "--no-cache", "--out", out, clean));
    // one major finding (DE_AGREEMENT), one minor (SAGT_SAGT); the spelling finding is neutral
    assertEquals(1, Main.run("check", "-q", "--no-cache",
        "--out", out, "--fail-on", "minor", german));
    assertEquals(1, Main.run("check", "-q", "--no-cache",
        "--out", out, "--fail-on", "major", german));
    assertEquals(0, Main.run("check", "-q", "--no-cache",
        "--out", out, "--fail-on", "critical", german));
    assertEquals(0, Main.run("check", "-q", "--no-cache",
        "--out", out, "--fail-on", "none", german));
  }

  @Test
  void usageAndConfigurationErrorsExitTwo() {
    String clean = ARTICLES.resolve("en-clean.txt").toString();
    String out = dir.resolve("o").toString();
    assertEquals(2, Main.run("check", "--out", out, "--fail-on", "severe", clean));
    assertEquals(2, Main.run("check", "--out", out, "--lang", "xx-YY", clean));
    assertEquals(2, Main.run("check", "--out", out, "--pass-max", "30", "--fail-min", "20",
        clean));
    assertEquals(2, Main.run("check", "--no-such-option", clean));
    assertEquals(2, Main.run("check"));
    assertEquals(0, Main.run("check", "--help"));
  }
}
