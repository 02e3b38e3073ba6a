package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.RunTotals;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.engine.VerdictPolicy.Verdict;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * report.html: one self-contained page with an overview table and, per document, its text with
 * every finding highlighted in place. Document sections are spooled to a temporary file as
 * results arrive and rendered by the browser only when opened, so the page stays usable for
 * large batches. A Content-Security-Policy lets only the report's own script and style run.
 */
public final class HtmlReporter implements Reporter {
  public static final String FILE_NAME = "report.html";
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");

  private final AtomicOutput output;
  private final Path sections;
  private final Writer sectionWriter;
  private final VerdictPolicy policy;
  private final StringBuilder overview = new StringBuilder();
  private final TreeSet<String> categories = new TreeSet<>();
  private final RunTotals totals = new RunTotals();

  public HtmlReporter(Path folder, VerdictPolicy policy) throws IOException {
    this.output = new AtomicOutput(folder.resolve(FILE_NAME));
    this.sections = Files.createTempFile(folder.toAbsolutePath(), AtomicOutput.TEMP_PREFIX,
        ".sections");
    this.sectionWriter = Files.newBufferedWriter(sections, StandardCharsets.UTF_8);
    this.policy = policy;
  }

  @Override
  public void document(DocumentResult result) throws IOException {
    totals.add(result);
    String docId = "doc-" + totals.documents();
    Verdict verdict = policy.verdict(result);
    overviewRow(result, docId, verdict);
    result.findings().forEach(f -> categories.add(f.category().top()));
    sectionWriter.write(section(result, docId, verdict, totals.documents() == 1));
  }

  private void overviewRow(DocumentResult r, String docId, Verdict verdict) {
    StringBuilder row = overview;
    row.append("<tr><td><a href=\"#").append(docId).append("\" data-open=\"").append(docId)
        .append("\">").append(Html.escape(r.file())).append("</a></td><td>")
        .append(Html.escape(r.language())).append("</td>");
    if (r.failed()) {
      row.append("<td colspan=\"6\" class=\"error\">").append(Html.escape(r.error()))
          .append("</td><td>").append(verdictBadge(verdict)).append("</td></tr>\n");
      return;
    }
    row.append("<td class=\"num\">").append(r.words()).append("</td>");
    for (Severity severity : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL)) {
      row.append("<td class=\"num\">").append(r.count(severity)).append("</td>");
    }
    row.append("<td class=\"num\">").append(r.findings().size()).append("</td><td class=\"num\">")
        .append(String.format(Locale.ROOT, "%.1f", r.penaltyPer1000Words())).append("</td><td>")
        .append(verdictBadge(verdict)).append("</td></tr>\n");
  }

  private static String verdictBadge(Verdict verdict) {
    String label = verdict == Verdict.ERROR ? "error" : verdict.label();
    return "<span class=\"verdict " + label + "\">" + label + "</span>";
  }

  private String section(DocumentResult r, String docId, Verdict verdict, boolean open) {
    StringBuilder out = new StringBuilder();
    out.append("<details class=\"doc\" id=\"").append(docId).append('"')
        .append(open && !r.failed() ? " open" : "").append("><summary><span class=\"file\">")
        .append(Html.escape(r.file())).append("</span> ").append(verdictBadge(verdict))
        .append(" <span class=\"facts\">");
    if (r.failed()) {
      out.append("</span></summary><div class=\"doc-body\"><p class=\"error\">")
          .append(Html.escape(r.error())).append("</p></div></details>\n");
      return out.toString();
    }
    out.append(Html.escape(r.language())).append(" \u00b7 ").append(r.words())
        .append(" words \u00b7 ").append(r.findings().size()).append(" findings</span></summary>")
        .append("<template><div class=\"doc-body\"><p class=\"meta\">");
    if (r.document() != null && !r.document().title().isEmpty()) {
      out.append("Title: ").append(Html.escape(r.document().title())).append(" \u00b7 ");
    }
    out.append("MQM penalty ")
        .append(String.format(Locale.ROOT, "%.1f", r.penaltyPer1000Words()))
        .append(" per 1000 words \u00b7 ").append(r.silencedSpellingAlarms())
        .append(" spelling alarms silenced because the article uses the word as a name");
    if (r.document() != null && r.document().replacedInvalidBytes()) {
      out.append(" \u00b7 <span class=\"error\">invalid bytes were replaced with \uFFFD</span>");
    }
    out.append("</p>");
    List<String> rowIds = new ArrayList<>();
    for (int i = 0; i < r.findings().size(); i++) {
      rowIds.add(docId + "-f" + i);
    }
    if (r.document() != null) {
      out.append("<div class=\"text\">").append(HighlightedText.render(r.document().text(),
          r.document().index(), r.findings(), rowIds)).append("</div>");
    }
    out.append("<table class=\"findings\"><thead><tr><th>Line:col</th><th>Severity</th>"
        + "<th>Category</th><th>Rule</th><th>Message</th><th>Suggestions</th><th>Text</th>"
        + "</tr></thead><tbody>\n");
    for (int i = 0; i < r.findings().size(); i++) {
      Finding f = r.findings().get(i);
      out.append("<tr id=\"").append(rowIds.get(i)).append("\" data-sev=\"")
          .append(f.severity().label()).append("\" data-cat=\"")
          .append(Html.escape(f.category().top())).append("\"><td>").append(f.line()).append(':')
          .append(f.column()).append("</td><td class=\"sev ").append(f.severity().label())
          .append("\">").append(f.severity().label()).append("</td><td>")
          .append(Html.escape(f.category().toString())).append("</td><td>")
          .append(Html.escape(f.ruleId())).append(" <small>(")
          .append(Html.escape(f.ruleSource())).append(")</small></td><td>")
          .append(Html.escape(f.message())).append("</td><td>")
          .append(Html.escape(String.join(" | ", f.suggestions())))
          .append("</td><td class=\"text-cell\">").append(Html.escape(f.text()))
          .append("</td></tr>\n");
    }
    out.append("</tbody></table></div></template></details>\n");
    return out.toString();
  }

  @Override
  public void finish() throws IOException {
    sectionWriter.close();
    Writer out = output.writer();
    out.write("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
        + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        + "script-src '" + sha256(SCRIPT) + "'; style-src '" + sha256(CSS) + "'\">\n"
        + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        + "<title>tqc report</title>\n<style>" + CSS + "</style></head>\n<body>\n"
        + "<header class=\"top\"><h1>Translation quality report</h1><p>" + totals.documents()
        + (totals.documents() == 1 ? " document" : " documents") + " \u00b7 " + totals.words()
        + " words \u00b7 " + totals.findings() + " findings \u00b7 "
        + totals.unreadable() + " could not be checked \u00b7 verdict: pass at most "
        + format(policy.passMax()) + ", fail from " + format(policy.failMin())
        + " MQM penalty points per 1000 words</p></header>\n<main>\n"
        + "<section class=\"panel\"><h2>Overview</h2><table class=\"overview\"><thead><tr>"
        + "<th>File</th><th>Language</th><th class=\"num\">Words</th>"
        + "<th class=\"num\">Critical</th><th class=\"num\">Major</th>"
        + "<th class=\"num\">Minor</th><th class=\"num\">Findings</th>"
        + "<th class=\"num\">Penalty / 1000 words</th><th>Verdict</th></tr></thead><tbody>\n");
    out.write(overview.toString());
    out.write("</tbody></table></section>\n<section class=\"panel filters\"><strong>Show</strong>"
        + "<fieldset><legend>Severity</legend>");
    for (Severity severity : List.of(Severity.CRITICAL, Severity.MAJOR, Severity.MINOR, Severity.NEUTRAL)) {
      out.write("<label><input type=\"checkbox\" data-filter=\"sev\" value=\"" + severity.label()
          + "\" checked> <span class=\"sev " + severity.label() + "\">" + severity.label()
          + "</span></label>");
    }
    out.write("</fieldset><fieldset><legend>Category</legend>");
    for (String category : categories) {
      out.write("<label><input type=\"checkbox\" data-filter=\"cat\" value=\""
          + Html.escape(category) + "\" checked> " + Html.escape(category) + "</label>");
    }
    out.write("</fieldset></section>\n");
    try (Reader in = Files.newBufferedReader(sections, StandardCharsets.UTF_8)) {
      in.transferTo(out);
    }
    out.write("</main>\n<div id=\"popup\" role=\"dialog\"></div>\n<script>" + SCRIPT
        + "</script>\n</body></html>\n");
    output.commit();
    Files.deleteIfExists(sections);
  }

  @Override
  public void close() {
    try {
      sectionWriter.close();
      Files.deleteIfExists(sections);
    } catch (IOException ignored) {
      // a leftover spool file is harmless; the report itself is handled by AtomicOutput
    }
    output.close();
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%.1f", value);
  }

  private static String sha256(String content) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(content.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK always has SHA-256", e);
    }
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReporter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
