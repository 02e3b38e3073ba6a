package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.tqc.cli.Main;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loads report.html in headless Chromium (installed by .ci/run) and checks that markup in an
 * article stays text: the only script is the report's own, and no element came from the text.
 * On a machine without Chromium the browser checks are skipped, so that the test suite passes
 * with Java and Maven alone.
 */
public class HtmlReportBrowserTest {
  private static final Path INJECTION = Path.of("src/test/resources/articles/injection.txt");

  @TempDir
  Path dir;

  /** The {@code chromium} program in one of the folders of {@code searchPath} (a PATH). */
  static Optional<Path> chromiumOn(String searchPath) {
    if (searchPath == null) {
      return Optional.empty();
    }
    for (String folder : searchPath.split(File.pathSeparator)) {
      if (folder.isEmpty()) {
        continue;
      }
      Path program = Path.of(folder, "chromium");
      if (Files.isRegularFile(program) && Files.isExecutable(program)) {
        return Optional.of(program);
      }
    }
    return Optional.empty();
  }

  /** Skips the calling test (as an aborted assumption) when Chromium is not installed. */
  public static String chromiumDom(Path html, Path profile) throws Exception {
    assumeTrue(chromiumOn(System.getenv("PATH")).isPresent(), "skipped: no chromium on the "
        + "PATH to load report.html in (.ci/run installs it: apt-get install chromium)");
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
  void chromiumIsFoundOnlyWhereThePathHasIt(@TempDir Path bin) throws Exception {
    Path empty = Files.createDirectories(bin.resolve("empty"));
    Path full = Files.createDirectories(bin.resolve("full"));
    Path program = Files.createFile(full.resolve("chromium"));
    assertEquals(Optional.empty(), chromiumOn(empty.toString()));
    assertEquals(Optional.empty(), chromiumOn(null));
    assertTrue(program.toFile().setExecutable(false));
    assertEquals(Optional.empty(), chromiumOn(full.toString()), "not executable");
    assertTrue(program.toFile().setExecutable(true));
    assertEquals(Optional.of(program),
        chromiumOn(empty + File.pathSeparator + File.pathSeparator + full));
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
