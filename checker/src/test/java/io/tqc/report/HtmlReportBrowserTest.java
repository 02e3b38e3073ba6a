package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads report.html in headless Chromium (installed by .ci/run) and checks that markup in an
 * article stays text: the only script is the report's own, and no element came from the text.
 */
public class HtmlReportBrowserTest {
  private static final Path INJECTION = Path.of("src/test/resources/articles/injection.txt");

  @TempDir
  Path dir;

  public static String chromiumDom(Path html, Path profile) throws Exception {
    Process chromium = new ProcessBuilder(List.of("chromium", "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
        "--virtual-time-budget=3000", "--dump-dom", html.toUri().toString()))
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] dom = chromium.getInputStream().readAllBytes();
    assertTrue(chromium.waitFor(60, TimeUnit.SECONDS), "chromium did not finish");
    assertEquals(0, chromium.exitValue(), "chromium failed");
    return new String(dom, StandardCharsets.UTF_8);
  }

  private static int count(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  @Test
  void injectedMarkupIsShownAsTextAndNeverRuns() throws Exception {
    Path out = dir.resolve("out");
    Main.run("check", "-q", "--out", out.toString(), INJECTION.toString());
    Path report = out.resolve("report.html");
    String source = Files.readString(report);
    assertTrue(source.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    // Findings on the quote, "img" and "onerror" split this one into highlighted pieces.
    assertTrue(source.replaceAll("<mark [^>]*>|</mark>", "")
        .contains("\"&gt;&lt;img src=x onerror=alert(1)&gt;"));
    assertFalse(source.contains("<img"));

    String dom = chromiumDom(report, dir.resolve("profile"));
    // The document section was rendered by the report's script, so the article is in the DOM.
    assertTrue(dom.contains("data-rendered=\"1\""), "the report script did not run");
    assertTrue(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assertEquals(1, count(dom, "<script"), "only the report's own script");
    assertEquals(0, count(dom, "<img"));
    assertEquals(0, count(dom, "onerror="));
    assertFalse(dom.contains("<template><script"));
  }
}
