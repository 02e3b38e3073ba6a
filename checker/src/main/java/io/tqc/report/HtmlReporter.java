package io.tqc.report;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import gg.jte.output.WriterOutput;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.RunTotals;
import io.tqc.engine.VerdictPolicy;
import io.tqc.engine.VerdictPolicy.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * report.html: one self-contained page with filters, a sortable overview (worst first) and, per
 * document, its text with every finding highlighted in place. The page is written by the jte
 * templates in src/main/jte, which escape every value unless told otherwise; only the report's
 * own style and script go in unescaped. Document sections are spooled to a temporary file as
 * results arrive and copied into the page in overview order at the end; the browser renders a
 * section only when it is opened, so the page stays usable for large batches. A
 * Content-Security-Policy lets only the report's own script and style run.
 */
public final class HtmlReporter implements Reporter {
  public static final String FILE_NAME = "report.html";
  private static final String CSS = resource("report.css");
  private static final String SCRIPT = resource("report.js");
  private static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src '"
      + sha256(SCRIPT) + "'; style-src '" + sha256(CSS) + "'";
  private static final TemplateEngine TEMPLATES = TemplateEngine.createPrecompiled(null,
      ContentType.Html, HtmlReporter.class.getClassLoader(), "io.tqc.report");

  /** Where a document's section lies in the spool file. */
  private record Spooled(OverviewRow row, long offset, int length) {}

  private final AtomicOutput output;
  private final Path spoolPath;
  private final FileChannel spool;
  private final VerdictPolicy policy;
  private final List<Spooled> documents = new ArrayList<>();
  private final FilterChoices filters = new FilterChoices();
  private final RunTotals totals = new RunTotals();

  public HtmlReporter(Path folder, VerdictPolicy policy) throws IOException {
    this.output = new AtomicOutput(folder.resolve(FILE_NAME));
    this.spoolPath = Files.createTempFile(folder.toAbsolutePath(), AtomicOutput.TEMP_PREFIX,
        ".sections");
    this.spool = FileChannel.open(spoolPath, StandardOpenOption.READ, StandardOpenOption.WRITE);
    this.policy = policy;
  }

  @Override
  public void document(DocumentResult result) throws IOException {
    totals.add(result);
    String docId = "doc-" + totals.documents();
    Verdict verdict = policy.verdict(result);
    String verdictLabel = verdict == Verdict.ERROR ? "error" : verdict.label();
    filters.add(result, verdictLabel);
    StringOutput section = new StringOutput(8192);
    TEMPLATES.render("section.jte", DocumentSection.of(result, docId, verdictLabel), section);
    byte[] bytes = section.toString().getBytes(StandardCharsets.UTF_8);
    long offset = spool.size();
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    while (buffer.hasRemaining()) {
      spool.write(buffer, offset + buffer.position());
    }
    documents.add(new Spooled(OverviewRow.of(result, docId, verdictLabel), offset,
        bytes.length));
  }

  @Override
  public void finish() throws IOException {
    documents.sort((a, b) -> OverviewRow.WORST_FIRST.compare(a.row(), b.row()));
    ReportPage page = new ReportPage(CONTENT_SECURITY_POLICY, CSS, SCRIPT, totals.documents(),
        totals.words(), totals.findings(), totals.unreadable(),
        Numbers.threshold(policy.passMax()), Numbers.threshold(policy.failMin()),
        documents.stream().map(Spooled::row).toList(), filters,
        out -> documents.forEach(d -> out.writeContent(read(d))));
    try {
      TEMPLATES.render("report.jte", page, new WriterOutput(output.writer()));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    output.commit();
    spool.close();
    Files.deleteIfExists(spoolPath);
  }

  private String read(Spooled section) {
    ByteBuffer buffer = ByteBuffer.allocate(section.length());
    try {
      while (buffer.hasRemaining()) {
        if (spool.read(buffer, section.offset() + buffer.position()) < 0) {
          throw new IOException("the spool file " + spoolPath + " was cut short");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new String(buffer.array(), StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    try {
      spool.close();
      Files.deleteIfExists(spoolPath);
    } catch (IOException ignored) {
      // a leftover spool file is harmless; the report itself is handled by AtomicOutput
    }
    output.close();
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
