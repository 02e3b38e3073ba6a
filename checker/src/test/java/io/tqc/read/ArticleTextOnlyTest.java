package io.tqc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.TestCheckers;
import io.tqc.rules.BuiltinRules;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;

/**
 * Only the article is checked: tracked changes as accepted, no comments, no running headers,
 * footers, page numbers or PDF outline. The fixtures are real LibreOffice documents made by
 * scripts/make-read-fixtures.sh from the .fodt sources beside them; each test first checks that
 * its fixture holds what it is about.
 */
class ArticleTextOnlyTest {
  private static final Path FIXTURES = Path.of("src/test/resources/read");
  private static final String FIRST =
      "The regional government announced on Monday that the new railway line through the "
          + "valley will open in the spring.";
  private static final String SECOND =
      "The residents of the valley are pleased with the decision, the mayor said.";
  private static final String ACCEPTED = FIRST + "\n\n" + SECOND;
  private static final String HEADINGS = "Railway line to open in spring\n\n" + FIRST + "\n\n"
      + "Trains will run every half hour between the two towns.\n\nReactions\n\n" + SECOND;

  private static Document read(String name) throws DocumentReadException {
    return TestCheckers.READER.read(FIXTURES.resolve(name), name);
  }

  private static String entry(String archive, String name) throws IOException {
    try (ZipFile zip = new ZipFile(FIXTURES.resolve(archive).toFile())) {
      ZipEntry entry = zip.getEntry(name);
      try (InputStream in = zip.getInputStream(entry)) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  /** Findings of LanguageTool and the built-in rules, as "rule id: flagged text". */
  private static List<String> findings(Document document) {
    DocumentResult result = TestCheckers.checker(BuiltinRules.all()).check(document);
    assertEquals(null, result.error());
    return result.findings().stream().map(f -> f.ruleId() + ": " + f.text()).toList();
  }

  @Test
  void docxTrackedChangesAreReadAccepted() throws Exception {
    String xml = entry("tracked-changes.docx", "word/document.xml");
    assertTrue(xml.contains("<w:delText>Teh</w:delText>"), "fixture has the w:del");
    assertTrue(xml.contains("<w:delText>happy happy</w:delText>"), "fixture has the w:del");
    assertTrue(xml.contains("<w:ins "), "fixture has the w:ins");

    Document document = read("tracked-changes.docx");
    assertEquals(ACCEPTED, document.text());
    assertEquals(32, document.words());
    assertEquals(List.of(), findings(document));
  }

  @Test
  void docxMovedTextIsReadOnlyWhereItWent() throws Exception {
    String xml = entry("moved-paragraph.docx", "word/document.xml");
    assertTrue(xml.contains("<w:moveFrom "), "fixture has the w:moveFrom");
    assertTrue(xml.contains("<w:moveTo "), "fixture has the w:moveTo");

    Document document = read("moved-paragraph.docx");
    assertEquals(FIRST + "\n\nTrains will run every half hour between the two towns.",
        document.text());
    assertEquals(29, document.words());
  }

  @Test
  void odtTrackedChangesAreReadAccepted() throws Exception {
    String xml = entry("tracked-changes.odt", "content.xml");
    assertTrue(xml.contains("<text:deletion>"), "fixture has the deletions");
    assertTrue(xml.contains(">happy happy</text:p>"), "fixture keeps the deleted text");

    Document document = read("tracked-changes.odt");
    assertEquals(ACCEPTED, document.text());
    assertEquals(32, document.words());
  }

  @Test
  void odtCommentIsNotArticleText() throws Exception {
    assertTrue(entry("comment.odt", "content.xml").contains(
        "<text:p>pleese chek teh quote with the the mayor</text:p></office:annotation>"));

    Document document = read("comment.odt");
    assertEquals(ACCEPTED, document.text());
    assertEquals(32, document.words());
    assertEquals(List.of(), findings(document));
    // What the comment's words would have cost, read as article text.
    assertEquals(List.of("MORFOLOGIK_RULE_EN_US: pleese", "MORFOLOGIK_RULE_EN_US: chek",
            "MORFOLOGIK_RULE_EN_US: teh", "ENGLISH_WORD_REPEAT_RULE: the the"),
        findings(Document.of("c.txt", FIRST + "\n\nThe residents of the valley are "
            + "pleased pleese chek teh quote with the the mayor with the decision, the mayor "
            + "said.", "text/plain", "", false)));
  }

  @Test
  void docxCommentOnARangeIsNotArticleText() throws Exception {
    assertTrue(entry("comment.docx", "word/document.xml").contains("<w:commentRangeStart"));
    assertTrue(entry("comment.docx", "word/comments.xml")
        .contains("pleese chek teh quote with the the mayor"));

    Document document = read("comment.docx");
    assertEquals(ACCEPTED, document.text());
    assertEquals(32, document.words());
  }

  @Test
  void pdfStickyNoteIsNotArticleText() throws Exception {
    assertTrue(Pattern.compile("/Subtype\\s*/Text\\b").matcher(new String(
        Files.readAllBytes(FIXTURES.resolve("comment.pdf")), StandardCharsets.ISO_8859_1)).find(),
        "fixture has a text annotation");

    // An untagged PDF: its two paragraphs are one block of lines, joined by a space.
    Document document = read("comment.pdf");
    assertEquals(FIRST + " " + SECOND, document.text());
    assertEquals(32, document.words());
  }

  @Test
  void taggedPdfReadsLikeItsDocumentWithoutOutlineHeadersOrPageNumbers() throws Exception {
    String pdf = new String(Files.readAllBytes(FIXTURES.resolve("heading.pdf")),
        StandardCharsets.ISO_8859_1);
    assertTrue(pdf.contains("/Outlines"), "fixture has an outline");
    assertTrue(pdf.contains("/StructTreeRoot"), "fixture is tagged");
    assertTrue(entry("heading.docx", "word/header1.xml").contains("Valley Gazette"));

    Document fromPdf = read("heading.pdf");
    Document fromDocx = read("heading.docx");
    assertEquals(HEADINGS, fromPdf.text());
    assertEquals(HEADINGS, fromDocx.text());
    assertEquals(49, fromPdf.words());
    assertEquals(49, fromDocx.words());
    assertEquals(List.of(), findings(fromPdf));
  }
}
