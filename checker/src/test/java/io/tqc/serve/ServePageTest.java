package io.tqc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.VerdictPolicy;
import io.tqc.report.HeadlessChromium;
import io.tqc.setup.Engine;
import io.tqc.setup.EngineSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The editors' page of tqc serve in headless Chromium (installed by .ci/run; skipped where it
 * is not), with the shipped rule packs: paste the seed article, see the stray full stop in
 * "Windows. Phone" highlighted with its rule id, apply the suggestion and see the text change and the finding go, filter by
 * severity, and download the CSV. Leaves a screenshot in docs/serve-page.png.
 */
class ServePageTest {
  private static final Path SEED = Path.of("../seeds/000_0d9fa9fe51ed347a.txt");
  private static final Path SCREENSHOT = Path.of("../docs/serve-page.png");
  /** The shipped rule packs, which {@code tqc check} loads in the project's folder. */
  private static final Path SHIPPED_RULES = Path.of("../rules");

  @TempDir
  Path temp;

  @Test
  void pasteCheckApplyFilterAndDownload() throws Exception {
    assumeTrue(HeadlessChromium.available(), "skipped: no chromium and chromedriver on the PATH "
        + "(.ci/run installs them: apt-get install chromium chromium-driver)");
    EngineSettings defaults = EngineSettings.defaults(List.of());
    Engine engine = Engine.start(new EngineSettings("auto", Map.of(), "auto",
        defaults.readLimits(), new CheckTimeLimit(Duration.ofSeconds(600)), List.of(SHIPPED_RULES),
        Set.of(), Set.of(), Map.of(), Map.of(), false));
    StringWriter log = new StringWriter();
    Path downloads = Files.createDirectories(temp.resolve("downloads"));
    String article = Files.readString(SEED, StandardCharsets.UTF_8);
    try (TqcServer server = TqcServer.start(engine, new ServeSettings(
        InetAddress.getLoopbackAddress(), 0, null, Set.of(), 1, 4, 100_000, 1 << 20,
        new VerdictPolicy(10, 25), "test"), new PrintWriter(log, true))) {
      ChromeDriver driver = HeadlessChromium.start(temp.resolve("profile"), downloads);
      try {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(600));
        driver.get(server.uri().toString());
        wait.until(d -> d.findElements(By.cssSelector("#language option")).size() > 10);
        // Pasting puts the whole article into the box at once, as a script can.
        driver.executeScript("document.getElementById('text').value = arguments[0];", article);
        driver.findElement(By.id("check")).click();
        wait.until(d -> d.findElement(By.id("status")).getText().contains("findings in"));
        assertEquals("", driver.findElement(By.id("status")).getAttribute("class"));

        WebElement windows = windowsMark(driver);
        assertEquals("major", windows.getAttribute("class"));
        assertTrue(windows.getAttribute("title").startsWith("STRAY_SENTENCE_BREAK: "),
            windows.getAttribute("title"));
        String verdict = driver.findElement(By.id("verdict")).getText();
        assertTrue(verdict.matches("Verdict: (pass|review|fail)"), verdict);

        windows.click();
        WebElement detail = driver.findElement(By.id("detail"));
        assertTrue(detail.isDisplayed());
        String rule = detail.findElement(By.className("rule")).getText();
        assertTrue(rule.startsWith("STRAY_SENTENCE_BREAK · major · "), rule);
        Files.createDirectories(SCREENSHOT.getParent());
        Files.write(SCREENSHOT, driver.getScreenshotAs(OutputType.BYTES));

        int findingsBefore = driver.findElements(By.cssSelector("#findings li")).size();
        WebElement suggestion = detail.findElement(By.className("suggestion"));
        assertEquals("Windows Phone", suggestion.getText());
        suggestion.click();
        wait.until(d -> d.findElements(By.cssSelector("#findings li")).size() != findingsBefore
            && d.findElement(By.id("status")).getText().contains("findings in"));
        String text = (String) driver.executeScript(
            "return document.getElementById('text').value;");
        assertEquals(article.replace("develop Windows. Phone", "develop Windows Phone"), text);
        assertEquals(List.of(), driver.findElements(
            By.cssSelector("mark[data-rule='STRAY_SENTENCE_BREAK']")), "the finding is gone");
        assertEquals(List.of(), driver.findElements(By.cssSelector("#findings li")).stream()
            .filter(li -> li.getText().startsWith("STRAY_SENTENCE_BREAK ")).toList());

        List<WebElement> major = driver.findElements(By.cssSelector("mark.major"));
        assertFalse(major.isEmpty(), "the article has other major findings");
        driver.findElement(By.cssSelector("input[name=severity][value=major]")).click();
        for (WebElement mark : driver.findElements(By.cssSelector("#view mark"))) {
          boolean isMajor = mark.getAttribute("class").contains("major");
          assertEquals(isMajor, mark.getAttribute("class").contains("hidden"),
              mark.getAttribute("data-rule"));
        }
        for (WebElement item : driver.findElements(By.cssSelector("#findings li"))) {
          assertEquals(item.getAttribute("data-severity").equals("major"), !item.isDisplayed());
        }

        driver.findElement(By.id("download-csv")).click();
        Path csv = downloads.resolve("findings.csv");
        wait.until(d -> Files.isRegularFile(csv) && csvComplete(csv));
        List<String> rows = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertTrue(rows.get(0).startsWith("file,language,line,column,start,end,rule_id,"),
            rows.get(0));
        assertEquals(driver.findElements(By.cssSelector("#findings li")).size() + 1, rows.size(),
            "one row per finding the page shows, all severities");
        assertTrue(rows.stream().skip(1).allMatch(r -> r.startsWith("article,")), rows.get(1));
      } finally {
        driver.quit();
      }
    }
    assertEquals("", log.toString());
  }

  private static WebElement windowsMark(ChromeDriver driver) {
    return driver.findElements(By.cssSelector("mark[data-rule='STRAY_SENTENCE_BREAK']"))
        .stream().filter(m -> m.getText().equals("Windows. Phone")).findFirst()
        .orElseThrow(() -> new AssertionError("Windows is not highlighted"));
  }

  private static boolean csvComplete(Path csv) {
    try {
      return Files.size(csv) > 0 && Files.readString(csv, StandardCharsets.UTF_8).endsWith("\n");
    } catch (java.io.IOException e) {
      return false;
    }
  }
}
