package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Category;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.Segmentation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * A bilingual article's side-by-side view in headless Chromium: what each row shows, and the
 * outline of a source following the filters as the target's highlights do.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BilingualReportPageTest {
  private static final String TEXT = "Das Museum öfnet um zehn Uhr.\n"
      + "Children under six enter for free.";

  @TempDir
  static Path dir;

  private ChromeDriver driver;
  private Path report;

  @BeforeAll
  void writeReportAndStartBrowser() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Document document = Document.of("museum.csv", TEXT, "text/csv", "", false)
        .withSegmentation(new Segmentation(List.of(
            new DocumentSegment("2", 0, 29, "The museum opens at ten o'clock.", "en"),
            new DocumentSegment("3", 30, 64, "Children under six enter for free.", "en")),
            "", ""));
    try (HtmlReporter reporter = new HtmlReporter(out, new VerdictPolicy(10, 25))) {
      reporter.document(new DocumentResult("museum.csv", document, "de-DE", 11, List.of(
          finding(11, 16, "GERMAN_SPELLER_RULE", Category.SPELLING, Severity.MINOR),
          finding(30, 64, "UNTRANSLATED_SEGMENT", Category.UNTRANSLATED, Severity.MAJOR)),
          null, 0));
      reporter.finish();
    }
    report = out.resolve(HtmlReporter.FILE_NAME);
    driver = HeadlessChromium.start(dir.resolve("profile"));
  }

  private static Finding finding(int start, int end, String rule, Category category,
      Severity severity) {
    return new Finding("museum.csv", "de-DE", 1, start + 1, start, end, rule, "builtin",
        category, severity, "message of " + rule, List.of(), "text", "context");
  }

  @AfterAll
  void stopBrowser() {
    if (driver != null) {
      driver.quit();
    }
  }

  @BeforeEach
  void loadPage() {
    driver.get(report.toUri().toString());
  }

  private List<List<String>> rows() {
    return driver.findElements(By.cssSelector("#doc-1 table.bitext tbody tr")).stream()
        .map(tr -> tr.findElements(By.tagName("td")).stream().map(WebElement::getText).toList())
        .toList();
  }

  private List<String> live(String selector) {
    return driver.findElements(By.cssSelector(selector)).stream()
        .map(e -> e.getAttribute("data-f")).toList();
  }

  @Test
  void eachSegmentIsARowOfIdSourceAndTargetWithItsFindingsMarked() {
    assertEquals(List.of(
        List.of("2", "The museum opens at ten o'clock.", "Das Museum öfnet um zehn Uhr."),
        List.of("3", "Children under six enter for free.",
            "Children under six enter for free.")), rows());
    assertEquals(List.of("doc-1-f0", "doc-1-f1"), live("#doc-1 td.target mark.f"));
    assertEquals(List.of("doc-1-f1"), live("#doc-1 td.source.outlined"));
    assertEquals("This segment has 1 Accuracy finding; where the error lies in the source is "
        + "not marked.", driver.findElement(By.cssSelector("td.outlined"))
        .getAttribute("title"));
  }

  @Test
  void theOutlineOfASourceFollowsTheFiltersLikeTheHighlights() {
    assertEquals(List.of("doc-1-f1"), live("td.outlined:not(.off)"));
    driver.findElement(By.cssSelector("input[data-filter='sev'][value='major']")).click();
    assertEquals(List.of(), live("td.outlined:not(.off)"));
    assertEquals(List.of("doc-1-f0"), live("mark.f:not(.off)"));
    driver.findElement(By.cssSelector("input[data-filter='sev'][value='major']")).click();
    assertEquals(List.of("doc-1-f1"), live("td.outlined:not(.off)"));
  }
}
