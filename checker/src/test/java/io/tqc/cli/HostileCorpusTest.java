package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.report.HtmlReportBrowserTest;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A shared folder as newsrooms have them: good articles among broken, huge and crafted files.
 * The audit must finish, report each good article exactly as if it were alone, name every bad
 * file, and let no file's content act on a spreadsheet or a browser. The large files are
 * generated here, not committed.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class HostileCorpusTest {
  private static final Path SEEDS = Path.of("../seeds");
  private static final Path ARTICLES = Path.of("src/test/resources/articles");
  private static final List<String> GOOD = List.of("good-1-seed.txt", "good-2-german.txt",
      "good-3-seed.docx");

  @TempDir
  static Path dir;
  static Path corpus;
  static Path out;
  static int exitCode;
  static List<String[]> summary;
  static List<String[]> findings;

  @BeforeAll
  static void auditTheHostileFolder() throws Exception {
    corpus = Files.createDirectories(dir.resolve("shared folder"));
    Files.copy(SEEDS.resolve("000_0d9fa9fe51ed347a.txt"), corpus.resolve(GOOD.get(0)));
    Files.copy(ARTICLES.resolve("de-article.txt"), corpus.resolve(GOOD.get(1)));
    Files.copy(SEEDS.resolve("000_0d9fa9fe51ed347a.docx"), corpus.resolve(GOOD.get(2)));

    writeZipBombDocx(corpus.resolve("zip-bomb.docx"), 200);
    byte[] docx = Files.readAllBytes(SEEDS.resolve("000_0d9fa9fe51ed347a.docx"));
    Files.write(corpus.resolve("truncated.docx"), Arrays.copyOf(docx, docx.length / 2));
    Files.write(corpus.resolve("empty.txt"), new byte[0]);
    byte[] noise = new byte[64 * 1024];
    new Random(1).nextBytes(noise);
    Files.write(corpus.resolve("random-bytes.txt"), noise);
    byte[] invalid = ("The minister said the plan was final. \u00e9t\u00e9 ")
        .getBytes(StandardCharsets.UTF_8);
    byte[] broken = Arrays.copyOf(invalid, invalid.length + 3);
    broken[invalid.length] = (byte) 0xC3;
    broken[invalid.length + 1] = (byte) 0x28;
    broken[invalid.length + 2] = (byte) 0xFF;
    Files.write(corpus.resolve("invalid-utf8.txt"), broken);
    Files.writeString(corpus.resolve("nested.html"), "<html><body>"
        + "<div>".repeat(200_000) + "Deep text." + "</div>".repeat(200_000) + "</body></html>");
    try (OutputStream big = Files.newOutputStream(corpus.resolve("fifty-megabytes.txt"))) {
      byte[] line = "The committee met again on Tuesday to discuss the budget.\n"
          .getBytes(StandardCharsets.UTF_8);
      for (long written = 0; written < 50L << 20; written += line.length) {
        big.write(line);
      }
    }
    Files.writeString(corpus.resolve("formulas.txt"), "=HYPERLINK(\"http://x\",\"y\") said teh "
        + "minister.\n"
        + "+1+2 said the minister.\n-2+3 is what the report said.\n@SUM(A1) was written "
        + "here.\n\tTabs and\rreturns.");
    Files.copy(ARTICLES.resolve("injection.txt"), corpus.resolve("injection.txt"));
    Files.writeString(corpus.resolve("name with\nnewline, \"quotes\".txt"),
        "The spokesman said the company will not comment on the agreement.");
    Files.createSymbolicLink(corpus.resolve("loop"), corpus);
    Process mkfifo = new ProcessBuilder("mkfifo", corpus.resolve("pipe.txt").toString()).start();
    assertEquals(0, mkfifo.waitFor());

    out = dir.resolve("reports");
    exitCode = Main.run("check", "-q", "--no-cache", "--out", out.toString(), corpus.toString());
    summary = CheckCommandTest.readCsv(out.resolve("summary.csv"));
    findings = CheckCommandTest.readCsv(out.resolve("findings.csv"));
  }

  /** A .docx whose document.xml inflates to {@code megabytes} MB from about a thousandth. */
  private static void writeZipBombDocx(Path target, int megabytes) throws Exception {
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(target))) {
      zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas."
          + "openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" "
          + "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName="
          + "\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-officedocument"
          + ".wordprocessingml.document.main+xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("_rels/.rels"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://"
          + "schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" "
          + "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
          + "officeDocument\" Target=\"word/document.xml\"/></Relationships>")
          .getBytes(StandardCharsets.UTF_8));
      zip.putNextEntry(new ZipEntry("word/document.xml"));
      zip.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://"
          + "schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>")
          .getBytes(StandardCharsets.UTF_8));
      byte[] block = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
      for (int i = 0; i < megabytes; i++) {
        zip.write(block);
      }
      zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
    }
  }

  private static Map<String, String[]> summaryByName() {
    Map<String, String[]> rows = new HashMap<>();
    for (String[] row : summary.subList(1, summary.size())) {
      rows.put(corpus.relativize(Path.of(row[0])).toString(), row);
    }
    return rows;
  }

  @Test
  void exitCodeSaysSomeInputsCouldNotBeRead() {
    assertEquals(3, exitCode);
  }

  @Test
  void everyHostileFileIsNamedWithItsProblemOrChecked() {
    Map<String, String[]> rows = summaryByName();
    assertTrue(rows.get("zip-bomb.docx")[9].contains("--max-compression-ratio"),
        rows.get("zip-bomb.docx")[9]);
    assertTrue(rows.get("truncated.docx")[9].contains("corrupt"), rows.get("truncated.docx")[9]);
    assertEquals("the file is empty", rows.get("empty.txt")[9]);
    assertTrue(rows.get("random-bytes.txt")[9].contains("binary"),
        rows.get("random-bytes.txt")[9]);
    assertEquals("", rows.get("invalid-utf8.txt")[9]);
    // Tika's HTML parser flattens runaway nesting, so this one may be checked as it is.
    String nested = rows.get("nested.html")[9];
    assertTrue(nested.isEmpty() || nested.contains("--max-nesting-depth"), nested);
    assertTrue(rows.get("fifty-megabytes.txt")[9].contains("--max-text-chars"),
        rows.get("fifty-megabytes.txt")[9]);
    assertEquals("", rows.get("formulas.txt")[9]);
    assertEquals("", rows.get("injection.txt")[9]);
    assertEquals("", rows.get("name with\nnewline, \"quotes\".txt")[9]);
    assertTrue(rows.get("pipe.txt")[9].startsWith("not a regular file"),
        rows.get("pipe.txt")[9]);
    assertEquals(14, rows.size(), String.join(" / ", rows.keySet()));
  }

  @Test
  void goodArticlesHaveExactlyTheFindingsTheyGetAlone() throws Exception {
    for (String good : GOOD) {
      Path alone = dir.resolve("alone-" + good);
      Main.run("check", "-q", "--no-cache",
          "--out", alone.toString(), corpus.resolve(good).toString());
      List<String[]> expected = CheckCommandTest.readCsv(alone.resolve("findings.csv"));
      List<String> expectedRows = expected.subList(1, expected.size()).stream()
          .map(r -> String.join("\u0001", r)).toList();
      List<String> actualRows = findings.stream()
          .filter(r -> r[0].equals(corpus.resolve(good).toString()))
          .map(r -> String.join("\u0001", r)).toList();
      assertFalse(expectedRows.isEmpty(), good);
      assertEquals(expectedRows, actualRows, good);
    }
  }

  @Test
  void noCsvCellCanRunAsAFormula() {
    for (List<String[]> table : List.of(summary, findings)) {
      for (String[] row : table) {
        for (String cell : row) {
          assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0,
              "formula cell: " + cell);
        }
      }
    }
    // The spelling finding on "teh" has a context that starts with the formula, neutralised.
    assertTrue(findings.stream().anyMatch(r -> r[0].endsWith("formulas.txt")
        && r[12].equals("teh") && r[13].startsWith("'=HYPERLINK(\"http://x\",\"y\") said teh")));
  }

  @Test
  void reportShowsInjectedMarkupAsTextInARealBrowser() throws Exception {
    String html = Files.readString(out.resolve("report.html"));
    // Quotes are escaped where they could end an attribute; in text they are harmless.
    assertTrue(html.contains("name with\nnewline, &#34;quotes&#34;.txt\" data-lang="));
    assertTrue(html.contains("name with\nnewline, \"quotes\".txt</a>"));
    String dom = HtmlReportBrowserTest.chromiumDom(out.resolve("report.html"),
        dir.resolve("chromium-profile"));
    assertEquals(1, dom.split("<script", -1).length - 1);
    assertFalse(dom.contains("<img"));
    assertFalse(dom.contains("onerror=\""));
  }

  @Test
  void noTemporaryFilesAreLeftBehind() throws Exception {
    try (var files = Files.list(out)) {
      assertEquals(List.of("findings.csv", "report.html", "summary.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }
}
