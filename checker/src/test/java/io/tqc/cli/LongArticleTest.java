package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A document of any length is checked or refused with a message naming it and the limit. The
 * long article is one line, as articles pasted from a web page or exported by some systems are:
 * one paragraph of several megabytes for LanguageTool, and one line for every offset.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES)
class LongArticleTest {
  private static final List<String> SUBJECTS = List.of("The council", "The committee",
      "The minister", "The company", "The union", "The court", "The mayor", "The board");
  private static final List<String> VERBS = List.of("approved", "discussed", "rejected",
      "published", "reviewed", "postponed");
  private static final List<String> OBJECTS = List.of("the new budget", "the annual report",
      "the transport plan", "the housing proposal", "the final agreement");
  private static final List<String> TIMES = List.of("on Monday", "on Tuesday", "last week",
      "this morning", "after a long debate");
  /** Every this-many-th sentence says "the the". */
  private static final int PLANTED_EVERY = 1000;

  @TempDir
  Path dir;

  /** A one-line article of correct sentences with "the the" planted; the starts of the plants. */
  private record Article(String text, List<Integer> planted) {}

  private static Article article(int chars) {
    List<String> sentences = new ArrayList<>();
    for (String s : SUBJECTS) {
      for (String v : VERBS) {
        for (String o : OBJECTS) {
          for (String t : TIMES) {
            sentences.add(s + " " + v + " " + o + " " + t + ".");
          }
        }
      }
    }
    StringBuilder text = new StringBuilder(chars + 100);
    List<Integer> planted = new ArrayList<>();
    for (int i = 0; text.length() < chars; i++) {
      if (i > 0) {
        text.append(' ');
      }
      String sentence = sentences.get(i % sentences.size());
      if (i % PLANTED_EVERY == PLANTED_EVERY - 1) {
        int the = sentence.indexOf(" the ") + 1;
        planted.add(text.length() + the);
        sentence = sentence.substring(0, the) + "the " + sentence.substring(the);
      }
      text.append(sentence);
    }
    return new Article(text.append('\n').toString(), planted);
  }

  @Test
  void aThreeMegabyteArticleOnOneLineIsCheckedWithEveryPlantedErrorFoundOnce() throws Exception {
    Article article = article(3_000_000);
    Path file = dir.resolve("one-line.txt");
    Files.writeString(file, article.text(), StandardCharsets.UTF_8);
    Path out = dir.resolve("reports");

    CliRun run = CliRun.of("check", "--no-cache", "--max-text-chars", "6000000",
        "--max-check-seconds", "600", "--out", out.toString(), file.toString());

    assertEquals("", run.err().lines().filter(line -> line.contains("one-line.txt"))
        .reduce("", String::concat), "no error names the article");
    List<String[]> summary = CheckCommandTest.readCsv(out.resolve("summary.csv"));
    assertEquals(2, summary.size());
    assertEquals("", summary.get(1)[9], "error column");
    assertEquals(String.valueOf(article.planted().size()), summary.get(1)[3], "findings");
    assertEquals(56, article.planted().size());
    List<String[]> findings = CheckCommandTest.readCsv(out.resolve("findings.csv"));
    List<String> expected = new ArrayList<>();
    for (int start : article.planted()) {
      expected.add("1:" + (start + 1) + " " + start + "-" + (start + 7)
          + " ENGLISH_WORD_REPEAT_RULE the the");
    }
    List<String> found = new ArrayList<>();
    for (String[] row : findings.subList(1, findings.size())) {
      found.add(row[2] + ":" + row[3] + " " + row[4] + "-" + row[5] + " " + row[6] + " "
          + row[12]);
    }
    assertEquals(expected, found);
    assertEquals("pass", summary.get(1)[8], "56 major findings in 473,026 words");
    assertEquals(0, run.exitCode());
    assertTrue(Files.size(out.resolve("report.html")) > article.text().length(),
        "report.html shows the whole article");
  }

  @Test
  void anArticleLongerThanTheLimitIsRefusedNamingTheFileAndTheLimit() throws Exception {
    Article article = article(1_000);
    Path atLimit = dir.resolve("at-limit.txt");
    Path overLimit = dir.resolve("over-limit.txt");
    String text = article.text().strip();
    Files.writeString(atLimit, text, StandardCharsets.UTF_8);
    Files.writeString(overLimit, text + "!", StandardCharsets.UTF_8);
    Path out = dir.resolve("reports");
    String limit = String.valueOf(text.length());

    CliRun run = CliRun.of("check", "--no-cache", "--max-text-chars", limit,
        "--out", out.toString(), atLimit.toString(), overLimit.toString());

    String message = "the extracted text is longer than " + limit
        + " characters (raise the limit with --max-text-chars)";
    assertTrue(run.err().contains("tqc: " + overLimit + ": " + message + "\n"), run.err());
    List<String[]> summary = CheckCommandTest.readCsv(out.resolve("summary.csv"));
    assertEquals(atLimit.toString(), summary.get(1)[0]);
    assertEquals("", summary.get(1)[9]);
    assertEquals(overLimit.toString(), summary.get(2)[0]);
    assertEquals(message, summary.get(2)[9]);
    assertEquals(3, run.exitCode(), "an input could not be read");
  }
}
