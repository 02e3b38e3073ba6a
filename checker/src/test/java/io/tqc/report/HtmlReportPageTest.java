package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.Category;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.Document;
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
import org.openqa.selenium.support.ui.Select;

/**
 * report.html for a batch of six made-up documents, driven in headless Chromium: the overview's
 * default order (worst first), sorting by each header, and each filter's effect on the
 * documents, the findings rows and the highlights.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HtmlReportPageTest {
  private static final String ODD_NAME = "f/<i>also</i> & \"clean\".txt";

  @TempDir
  static Path dir;

  private ChromeDriver driver;
  private Path report;

  @BeforeAll
  void writeReportAndStartBrowser() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    try (HtmlReporter reporter = new HtmlReporter(out, new VerdictPolicy(10, 25))) {
      // Path order, as the checker delivers them; the page must show them worst first.
      reporter.document(doc("a/clean.txt", "en-US", 100, "Fine text, said he.",
          finding(0, 4, "WORDY_OPENING", Category.AWKWARD, Severity.NEUTRAL)));
      reporter.document(doc("b/spelling.txt", "de-DE", 100, "Das ist ein Tset mit Fehlre.",
          finding(12, 16, "GERMAN_SPELLER", Category.SPELLING, Severity.MINOR),
          finding(21, 27, "GERMAN_SPELLER", Category.SPELLING, Severity.MINOR),
          finding(0, 7, "DE_AGREEMENT", Category.GRAMMAR, Severity.MAJOR)));
      reporter.document(doc("c/critical.txt", "en-US", 1000, "The bank of the river.",
          finding(4, 8, "FALSE_FRIEND", Category.MISTRANSLATION, Severity.CRITICAL)));
      reporter.document(DocumentResult.failed("d/broken.pdf", null, "",
          "not a PDF file (no header)"));
      reporter.document(doc("e/review.txt", "fr", 50, "Un texte avec une fote.",
          finding(18, 22, "FR_SPELLING_RULE", Category.SPELLING, Severity.MINOR)));
      reporter.document(doc(ODD_NAME, "en-US", 10, "<b>bold</b> text"));
      reporter.finish();
    }
    report = out.resolve(HtmlReporter.FILE_NAME);
    driver = HeadlessChromium.start(dir.resolve("profile"));
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

  private static DocumentResult doc(String file, String language, int words, String text,
      Finding... findings) {
    return new DocumentResult(file, Document.of(file, text, "text/plain", "", false), language,
        words, List.of(findings), null, 0);
  }

  private static Finding finding(int start, int end, String rule, Category category,
      Severity severity) {
    return new Finding("f", "xx", 1, start + 1, start, end, rule, "builtin", category, severity,
        "message of " + rule, List.of(), "text", "context");
  }

  private List<String> overviewRows() {
    return driver.findElements(By.cssSelector("table.overview tbody tr")).stream()
        .filter(WebElement::isDisplayed)
        .map(tr -> tr.findElement(By.tagName("a")).getText()).toList();
  }

  private List<String> sections() {
    return driver.findElements(By.cssSelector("#docs > details.doc")).stream()
        .filter(WebElement::isDisplayed).map(d -> d.getAttribute("id")).toList();
  }

  private void openAllDocuments() {
    for (WebElement link : driver.findElements(By.cssSelector("a[data-open]"))) {
      link.click();
    }
  }

  private List<String> shownFindings() {
    return driver.findElements(By.cssSelector("table.findings tr[data-sev]")).stream()
        .filter(WebElement::isDisplayed).map(tr -> tr.getAttribute("id")).sorted().toList();
  }

  private List<String> liveHighlights() {
    return driver.findElements(By.cssSelector("mark.f:not(.off)")).stream()
        .map(m -> m.getAttribute("data-f")).sorted().toList();
  }

  private String shownCount() {
    return driver.findElement(By.id("shown")).getText();
  }

  private void sortBy(String key) {
    driver.findElement(By.cssSelector("button[data-sort='" + key + "']")).click();
  }

  private void toggle(String filter, String value) {
    driver.findElement(By.cssSelector("input[data-filter='" + filter + "'][value='" + value
        + "']")).click();
  }

  private void choose(String filter, String value) {
    new Select(driver.findElement(By.cssSelector("select[data-filter='" + filter + "']")))
        .selectByValue(value);
  }

  @Test
  void overviewAndDocumentsAreWorstFirstAndTheWorstReadableOneIsOpen() {
    assertEquals(List.of("d/broken.pdf", "b/spelling.txt", "c/critical.txt", "e/review.txt",
        "a/clean.txt", ODD_NAME), overviewRows());
    assertEquals(List.of("doc-4", "doc-2", "doc-3", "doc-5", "doc-1", "doc-6"), sections());
    assertEquals("descending", driver.findElement(By.xpath(
        "//button[@data-sort='penalty']/..")).getAttribute("aria-sort"));
    // The broken PDF sorts first but has no text: the worst readable document is opened.
    assertEquals(List.of("doc-2"), driver.findElements(By.cssSelector("details[data-rendered]"))
        .stream().map(d -> d.getAttribute("id")).toList());
    assertEquals("6 of 6 documents shown", shownCount());
  }

  @Test
  void clickingAHeaderSortsRowsAndDocumentsAndASecondClickReverses() {
    sortBy("name");
    assertEquals(List.of("a/clean.txt", "b/spelling.txt", "c/critical.txt", "d/broken.pdf",
        "e/review.txt", ODD_NAME), overviewRows());
    assertEquals(List.of("doc-1", "doc-2", "doc-3", "doc-4", "doc-5", "doc-6"), sections());
    sortBy("name");
    assertEquals(List.of(ODD_NAME, "e/review.txt", "d/broken.pdf", "c/critical.txt",
        "b/spelling.txt", "a/clean.txt"), overviewRows());
    assertEquals("descending", driver.findElement(By.xpath(
        "//button[@data-sort='name']/..")).getAttribute("aria-sort"));
    assertEquals("none", driver.findElement(By.xpath(
        "//button[@data-sort='penalty']/..")).getAttribute("aria-sort"));

    sortBy("findings");
    assertEquals(List.of("b/spelling.txt", "a/clean.txt", "c/critical.txt", "e/review.txt",
        "d/broken.pdf", ODD_NAME), overviewRows());
    sortBy("verdict");
    assertEquals(List.of("d/broken.pdf", "b/spelling.txt", "c/critical.txt", "e/review.txt",
        "a/clean.txt", ODD_NAME), overviewRows());
    sortBy("language");
    assertEquals(List.of("d/broken.pdf", "b/spelling.txt", "a/clean.txt", "c/critical.txt",
        ODD_NAME, "e/review.txt"), overviewRows());
    sortBy("penalty");
    assertEquals(List.of("d/broken.pdf", "b/spelling.txt", "c/critical.txt", "e/review.txt",
        "a/clean.txt", ODD_NAME), overviewRows());
    sortBy("penalty");
    assertEquals(List.of("a/clean.txt", ODD_NAME, "e/review.txt", "c/critical.txt",
        "b/spelling.txt", "d/broken.pdf"), overviewRows());
    assertEquals(List.of("doc-1", "doc-6", "doc-5", "doc-3", "doc-2", "doc-4"), sections());
  }

  @Test
  void severityBoxesHideFindingsAndTheirHighlightsButNoDocument() {
    openAllDocuments();
    assertEquals(List.of("doc-1-f0", "doc-2-f0", "doc-2-f1", "doc-2-f2", "doc-3-f0",
        "doc-5-f0"), shownFindings());
    toggle("sev", "neutral");
    assertEquals(List.of("doc-2-f0", "doc-2-f1", "doc-2-f2", "doc-3-f0", "doc-5-f0"),
        shownFindings());
    assertFalse(liveHighlights().contains("doc-1-f0"));
    assertEquals("6 of 6 documents shown", shownCount());
    toggle("sev", "minor");
    assertEquals(List.of("doc-2-f2", "doc-3-f0"), shownFindings());
    // "Das ist" is covered by the major grammar finding only; the misspellings are now plain.
    assertEquals(List.of("doc-2-f2", "doc-3-f0"), liveHighlights());
    toggle("sev", "neutral");
    assertEquals(List.of("doc-1-f0", "doc-2-f2", "doc-3-f0"), shownFindings());
  }

  @Test
  void categoryFilterWorksAtTheTopLevelAndAtTheSecondLevel() {
    openAllDocuments();
    choose("cat", "Fluency");
    assertEquals(List.of("b/spelling.txt", "e/review.txt"), overviewRows());
    assertEquals(List.of("doc-2", "doc-5"), sections());
    assertEquals(List.of("doc-2-f0", "doc-2-f1", "doc-2-f2", "doc-5-f0"), shownFindings());
    assertEquals("2 of 6 documents shown", shownCount());
    choose("cat", "Fluency/Grammar");
    assertEquals(List.of("b/spelling.txt"), overviewRows());
    assertEquals(List.of("doc-2-f2"), shownFindings());
    choose("cat", "Fluency/Spelling");
    assertEquals(List.of("doc-2-f0", "doc-2-f1", "doc-5-f0"), shownFindings());
    // With minor findings hidden, no spelling finding is left to show in either document.
    toggle("sev", "minor");
    assertEquals(List.of(), overviewRows());
    assertEquals(List.of(), shownFindings());
    choose("cat", "");
    assertEquals(6, overviewRows().size());
  }

  @Test
  void ruleLanguageAndVerdictFiltersNarrowTheDocuments() {
    openAllDocuments();
    choose("rule", "FALSE_FRIEND");
    assertEquals(List.of("c/critical.txt"), overviewRows());
    assertEquals(List.of("doc-3-f0"), shownFindings());
    choose("rule", "GERMAN_SPELLER");
    assertEquals(List.of("b/spelling.txt"), overviewRows());
    assertEquals(List.of("doc-2-f0", "doc-2-f1"), shownFindings());
    choose("rule", "");

    choose("lang", "en-US");
    assertEquals(List.of("c/critical.txt", "a/clean.txt", ODD_NAME), overviewRows());
    assertEquals(List.of("doc-3", "doc-1", "doc-6"), sections());
    choose("lang", "");

    toggle("verdict", "fail");
    assertEquals(List.of("d/broken.pdf", "e/review.txt", "a/clean.txt", ODD_NAME),
        overviewRows());
    toggle("verdict", "error");
    toggle("verdict", "pass");
    assertEquals(List.of("e/review.txt"), overviewRows());
    assertEquals("1 of 6 documents shown", shownCount());
  }

  @Test
  void filtersOfferWhatTheBatchHasAndNamesAreText() throws Exception {
    assertEquals(List.of("", "Accuracy", "Accuracy/Mistranslation", "Fluency", "Fluency/Grammar",
        "Fluency/Spelling", "Style", "Style/Awkward"), options("cat"));
    assertEquals(List.of("", "DE_AGREEMENT", "FALSE_FRIEND", "FR_SPELLING_RULE",
        "GERMAN_SPELLER", "WORDY_OPENING"), options("rule"));
    assertEquals(List.of("", "de-DE", "en-US", "fr"), options("lang"));
    assertEquals(List.of("pass", "review", "fail", "error"), driver.findElements(
        By.cssSelector("input[data-filter='verdict']")).stream()
        .map(i -> i.getAttribute("value")).toList());
    assertEquals(List.of("critical", "major", "minor", "neutral"), driver.findElements(
        By.cssSelector("input[data-filter='sev']")).stream()
        .map(i -> i.getAttribute("value")).toList());

    driver.findElement(By.cssSelector("a[data-open='doc-6']")).click();
    assertEquals("<b>bold</b> text",
        driver.findElement(By.cssSelector("#doc-6 .text")).getText());
    assertEquals(0, driver.findElements(By.cssSelector("main i, main b")).size());
    String source = Files.readString(report);
    assertTrue(source.contains("data-name=\"f/&lt;i>also&lt;/i> &amp; &#34;clean&#34;.txt\""));
    assertTrue(source.contains(">f/&lt;i&gt;also&lt;/i&gt; &amp; \"clean\".txt</a>"));
    assertEquals(1, source.split("<script", -1).length - 1);
  }

  private List<String> options(String filter) {
    return new Select(driver.findElement(By.cssSelector("select[data-filter='" + filter + "']")))
        .getOptions().stream().map(o -> o.getAttribute("value")).toList();
  }
}
