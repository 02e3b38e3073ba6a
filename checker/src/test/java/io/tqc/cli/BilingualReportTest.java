package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html shows a bilingual article side by side, one row per segment, and a monolingual
 * article as its text, as before.
 */
class BilingualReportTest {
  private static final Path FIXTURES = Path.of("src/test/resources/bilingual");
  private static final Pattern SECTION = Pattern.compile(
      "<details class=\"doc\" id=\"(doc-\\d+)\".*?</details>", Pattern.DOTALL);

  @TempDir
  Path dir;

  /** Each document section of the page by its file name's last part. */
  private static String section(String html, String fileName) {
    Matcher m = SECTION.matcher(html);
    while (m.find()) {
      if (m.group().contains(fileName + "</span>")) {
        return m.group();
      }
    }
    throw new AssertionError("no section for " + fileName);
  }

  private static String between(String text, String from, String to) {
    int start = text.indexOf(from);
    assertTrue(start >= 0, "no " + from);
    return text.substring(start, text.indexOf(to, start) + to.length());
  }

  @Test
  void aBilingualArticleIsShownSegmentBySegmentAndAMonolingualOneAsText() throws Exception {
    Path out = dir.resolve("reports");
    Path monolingual = Files.writeString(dir.resolve("plain.txt"),
        "Your changes have been saved successfully.\n");
    Path markup = Files.writeString(dir.resolve("markup.csv"), "source,target\n"
        + "\"<b onclick=\"\"x()\"\">Tom & Jerry</b>\","
        + "\"<script>alert(1)</script> Tom and Jerry\"\n");
    CliRun run = CliRun.of("check", "--max-check-seconds", "900", "--no-cache",
        "--format", "html", "--out", out.toString(),
        FIXTURES.resolve("units12.xlf").toString(), FIXTURES.resolve("table.csv").toString(),
        monolingual.toString(), markup.toString());
    assertEquals(1, run.exitCode(), run.err());
    String html = Files.readString(out.resolve("report.html"));

    String xliff = section(html, "units12.xlf");
    String id = xliff.substring(xliff.indexOf("id=\"") + 4, xliff.indexOf("\" data-readable"));
    String untranslated = "Your changes have been saved successfully.";
    assertEquals("<table class=\"bitext\"><thead><tr><th class=\"seg-id\">Segment</th>"
        + "<th>Source</th><th>Target</th></tr></thead><tbody>"
        + "<tr><td class=\"seg-id\">welcome</td><td class=\"source\">Welcome to our online "
        + "shop.</td><td class=\"target\">Willkommen in unserem Onlineshop.</td></tr>"
        + "<tr><td class=\"seg-id\">save</td><td class=\"source outlined\" data-f=\"" + id
        + "-f0\" title=\"This segment has 1 Accuracy finding; where the error lies in the "
        + "source is not marked.\">" + untranslated + "</td><td class=\"target\">"
        + "<mark class=\"f major\" data-f=\"" + id + "-f0\" title=\"major · "
        + "Accuracy/Untranslated: The target is the same as its source (segment save): it was "
        + "left untranslated.\">" + untranslated + "</mark></td></tr>"
        + "<tr><td class=\"seg-id\">files</td><td class=\"source\">You have new messages in "
        + "your inbox.</td><td class=\"target\">Sie haben neue Nachrichten in Ihrem "
        + "Posteingang.</td></tr></tbody></table>",
        between(xliff, "<table class=\"bitext\">", "</table>"));
    assertTrue(xliff.contains("<p class=\"meta\">A source outlined on the left has an Accuracy "
        + "finding in its segment; the findings do not say where in the source the error "
        + "lies.</p>"), xliff);
    assertFalse(xliff.contains("<div class=\"text\">"), "no running text beside the table");

    String table = section(html, "table.csv");
    assertEquals(List.of("2", "3", "4"), Pattern.compile("<td class=\"seg-id\">([^<]*)</td>")
        .matcher(table).results().map(r -> r.group(1)).toList());
    assertTrue(table.contains("<td class=\"source\">Guided tours, in several languages, start "
        + "every hour.</td><td class=\"target\">Führungen in mehreren Sprachen beginnen "
        + "stündlich.</td>"), table);

    String escaped = section(html, "markup.csv");
    String markupId = escaped.substring(escaped.indexOf("id=\"") + 4,
        escaped.indexOf("\" data-readable"));
    // The tags are text, escaped in both columns; the target's added and lost tags are marked.
    assertTrue(escaped.contains("<td class=\"seg-id\">2</td><td class=\"source\">&lt;b "
        + "onclick=\"x()\"&gt;Tom &amp; Jerry&lt;/b&gt;</td><td class=\"target\">"
        + "<mark class=\"f major\" data-f=\"" + markupId + "-f0\" title=\"major · "
        + "Fluency/Markup: The target has &lt;script>, which its source does not have.\">"
        + "&lt;script&gt;</mark>alert(1)<mark class=\"f major\" data-f=\"" + markupId
        + "-f1\" title=\"major · Fluency/Markup: The target has &lt;/script>, which its source "
        + "does not have.\">&lt;/script&gt;</mark> Tom and Jerry<mark class=\"f major insert\" "
        + "data-f=\"" + markupId + "-f2\" title=\"major · Fluency/Markup: The source&#39;s "
        + "&lt;b onclick=&#34;x()&#34;>…&lt;/b> is missing from the target.\"></mark></td>"),
        escaped);
    assertFalse(html.contains("<script>alert"), "document text is never markup");

    String plain = section(html, "plain.txt");
    assertTrue(plain.contains("<div class=\"text\">" + untranslated + "\n</div>"), plain);
    assertFalse(plain.contains("bitext"), plain);
  }
}
