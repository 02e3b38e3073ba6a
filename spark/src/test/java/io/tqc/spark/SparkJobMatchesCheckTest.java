package io.tqc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.opencsv.CSVReader;
import io.tqc.cli.Main;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job in local[2] and {@code tqc check} on the same folder of 21 articles (the seed
 * article in six formats, English and German articles, Word files with comments and tracked
 * changes, a corrupt .docx) give the same findings and summary, row for row; and a table row
 * holding the text of one of them gets its findings.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkJobMatchesCheckTest {
  private static final Path TEST_RESOURCES = Path.of("../checker/src/test/resources");
  private static final String[] ARTICLES = {
      "../seeds/000_0d9fa9fe51ed347a.docx", "../seeds/000_0d9fa9fe51ed347a.html",
      "../seeds/000_0d9fa9fe51ed347a.odt", "../seeds/000_0d9fa9fe51ed347a.pdf",
      "../seeds/000_0d9fa9fe51ed347a.rtf", "../seeds/000_0d9fa9fe51ed347a.txt",
      "articles/de-article.txt", "articles/en-clean.txt", "articles/injection.txt",
      "one-error/de-english-quotes.txt", "one-error/de-english-sentence.txt",
      "one-error/en-dock-workers.txt", "verdicts/de-pass.txt", "verdicts/de-review.txt",
      "read/comment.docx", "read/comment.odt", "read/heading.docx", "read/heading.pdf",
      "read/moved-paragraph.docx", "read/tracked-changes.docx"};

  private Path articles;
  private Path checkOut;
  private Path sparkOut;
  private int checkExit;
  private int sparkExit;
  private Path tableOut;
  private int tableExit;

  @BeforeAll
  void runBoth(@TempDir Path dir) throws Exception {
    articles = dir.resolve("articles");
    Files.createDirectories(articles.resolve("more"));
    for (String article : ARTICLES) {
      Path from = article.startsWith("..") ? Path.of(article) : TEST_RESOURCES.resolve(article);
      // Several fixtures share a name in different folders: a subfolder keeps them apart and
      // shows that folders are searched recursively.
      Path to = articles.resolve(article.startsWith("read/") ? "more" : ".")
          .resolve(from.getFileName().toString());
      Files.copy(from, to);
    }
    byte[] docx = Files.readAllBytes(Path.of(ARTICLES[0]));
    Files.write(articles.resolve("corrupt.docx"), Arrays.copyOf(docx, docx.length / 3));
    checkOut = dir.resolve("check");
    sparkOut = dir.resolve("spark");
    String[] engineOptions = {"--rules", "../rules", "--max-check-seconds", "600"};
    checkExit = Main.run(concat(new String[] {"check", "-q", "--no-cache", "--format", "csv",
        "--out", checkOut.toString()}, engineOptions, articles.toString()));
    sparkExit = SparkMain.run(concat(new String[] {"--master", "local[2]", "-q", "--out",
        sparkOut.toString()}, engineOptions, articles.toString()));
    Path table = dir.resolve("table.jsonl");
    try (JsonGenerator json = new JsonFactory().createGenerator(Files.newBufferedWriter(table))) {
      json.writeStartObject();
      json.writeStringField("id", "seed-article");
      json.writeStringField("text", Files.readString(Path.of(ARTICLES[5])));
      json.writeEndObject();
      json.writeRaw('\n');
      json.writeStartObject();
      json.writeStringField("id", "no-text");
      json.writeEndObject();
      json.writeRaw('\n');
    }
    tableOut = dir.resolve("table");
    tableExit = SparkMain.run(concat(new String[] {"--master", "local[2]", "-q", "--table",
        "json", "--out", tableOut.toString()}, engineOptions, table.toString()));
  }

  private static String[] concat(String[] first, String[] second, String last) {
    String[] all = Arrays.copyOf(first, first.length + second.length + 1);
    System.arraycopy(second, 0, all, first.length, second.length);
    all[all.length - 1] = last;
    return all;
  }

  @Test
  void bothReportTheCorruptFileAsNotChecked() {
    assertEquals(3, checkExit);
    assertEquals(3, sparkExit);
  }

  @Test
  void findingsEqualCheckFindingsRowForRow() throws Exception {
    List<String[]> expected = readCsv(checkOut.resolve("findings.csv"));
    List<String[]> actual = readParts(sparkOut.resolve("findings.csv"), expected.get(0));
    assertTrue(expected.size() > 40, "the articles have findings: " + expected.size());
    assertEquals(rows(expected), rows(actual));
  }

  @Test
  void summaryEqualsCheckSummaryRowForRowWithTheCorruptFileAsAnError() throws Exception {
    List<String[]> expected = readCsv(checkOut.resolve("summary.csv"));
    List<String[]> actual = readParts(sparkOut.resolve("summary.csv"), expected.get(0));
    assertEquals(rows(expected), rows(actual));
    assertEquals(1 + ARTICLES.length + 1, actual.size());
    String[] corrupt = actual.stream()
        .filter(row -> row[0].equals(articles.resolve("corrupt.docx").toString()))
        .findFirst().orElseThrow();
    assertTrue(!corrupt[9].isEmpty(), "the corrupt file's error column is set");
    assertEquals(5, actual.stream().filter(row -> row[1].equals("de-DE")).count());
  }

  @Test
  void totalsAndParquetHoldTheSameRows() throws Exception {
    List<String[]> summary = readCsv(checkOut.resolve("summary.csv"));
    List<String[]> findings = readCsv(checkOut.resolve("findings.csv"));
    List<String[]> totals = readParts(sparkOut.resolve("totals.csv"), new String[] {
        "documents", "errors", "words", "findings", "critical", "major", "minor", "pass",
        "review", "fail"});
    assertEquals(2, totals.size());
    assertEquals(Integer.toString(summary.size() - 1), totals.get(1)[0]);
    assertEquals("1", totals.get(1)[1]);
    assertEquals(Integer.toString(findings.size() - 1), totals.get(1)[3]);
    SparkSession spark = SparkSession.builder().master("local[1]").appName("read").getOrCreate();
    try {
      List<Row> parquet = spark.read().parquet(sparkOut.resolve("findings.parquet").toString())
          .orderBy("file", "start", "end", "rule_id").collectAsList();
      assertEquals(findings.size() - 1, parquet.size());
      assertEquals(Arrays.asList(findings.get(0)),
          Arrays.asList(spark.read().parquet(sparkOut.resolve("findings.parquet").toString())
              .columns()));
      assertEquals(summary.size() - 1,
          spark.read().parquet(sparkOut.resolve("summary.parquet").toString()).count());
    } finally {
      spark.stop();
    }
  }

  @Test
  void aTableRowGetsTheFindingsOfTheSameTextReadFromAFileAndARowWithoutTextAnError()
      throws Exception {
    assertEquals(3, tableExit);
    List<String[]> check = readCsv(checkOut.resolve("findings.csv"));
    String seedFile = articles.resolve("000_0d9fa9fe51ed347a.txt").toString();
    List<List<String>> expected = new ArrayList<>();
    for (String[] row : check.subList(1, check.size())) {
      if (row[0].equals(seedFile)) {
        List<String> renamed = new ArrayList<>(Arrays.asList(row));
        renamed.set(0, "seed-article");
        expected.add(renamed);
      }
    }
    List<String[]> findings = readParts(tableOut.resolve("findings.csv"), check.get(0));
    assertEquals(expected, rows(findings.subList(1, findings.size())));
    List<String[]> summary = readParts(tableOut.resolve("summary.csv"),
        readCsv(checkOut.resolve("summary.csv")).get(0));
    assertEquals(List.of("no-text", "", "0", "0", "0", "0", "0", "", "",
        "the text column is empty", ""), Arrays.asList(summary.get(1)));
    assertEquals("seed-article", summary.get(2)[0]);
    assertEquals(Integer.toString(expected.size()), summary.get(2)[3]);
  }

  private static List<List<String>> rows(List<String[]> rows) {
    return rows.stream().map(Arrays::asList).toList();
  }

  private static List<String[]> readCsv(Path file) throws Exception {
    try (Reader reader = Files.newBufferedReader(file); CSVReader csv = new CSVReader(reader)) {
      return csv.readAll();
    }
  }

  /** The part files of a CSV folder in order, each with the header, as one table. */
  private static List<String[]> readParts(Path folder, String[] header) throws Exception {
    List<String[]> table = new ArrayList<>();
    table.add(header);
    List<Path> parts;
    try (Stream<Path> files = Files.list(folder)) {
      parts = files.filter(f -> f.getFileName().toString().startsWith("part-")).sorted()
          .toList();
    }
    assertTrue(!parts.isEmpty(), "part files in " + folder);
    for (Path part : parts) {
      List<String[]> rows = readCsv(part);
      if (rows.isEmpty()) {
        continue;
      }
      assertEquals(Arrays.asList(header), Arrays.asList(rows.get(0)), "header of " + part);
      table.addAll(rows.subList(1, rows.size()));
    }
    return table;
  }
}
