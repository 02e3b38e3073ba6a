package io.tqc.read.bilingual;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.DocumentSegment;
import io.tqc.read.InlineCode;
import io.tqc.read.InlineCode.Kind;
import io.tqc.read.ReadLimits;
import io.tqc.read.Segmentation;
import io.tqc.read.TikaDocumentReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each bilingual form read into target text, segments, sources and inline codes. */
class BilingualReadersTest {
  private static final Path FIXTURES = Path.of("src/test/resources/bilingual");
  private static final ReadLimits LIMITS = ReadLimits.defaults();

  @TempDir
  Path dir;

  private static BilingualDocumentReader reader(String sourceLanguage) {
    return new BilingualDocumentReader(new TikaDocumentReader(LIMITS), LIMITS,
        SourcePairing.NONE, sourceLanguage);
  }

  private static Document read(String name) throws Exception {
    return reader("auto").read(FIXTURES.resolve(name), name);
  }

  private static InlineCode code(Kind kind, String element, String id, int offset,
      String data) {
    return new InlineCode(kind, element, id, offset, data);
  }

  @Test
  void xliff12UnitsWithInlineCodesAltTransAndTranslateNo() throws Exception {
    Document document = read("units12.xlf");
    assertEquals("Willkommen in unserem Onlineshop.\n"
        + "Your changes have been saved successfully.\n"
        + "Sie haben neue Nachrichten in Ihrem Posteingang.", document.text());
    assertEquals(new Segmentation(List.of(
        new DocumentSegment("welcome", 0, 33, "Welcome to our online shop.", "en-US",
            List.of(code(Kind.OPENING, "g", "1", 15, ""), code(Kind.CLOSING, "g", "1", 26, "")),
            List.of(code(Kind.OPENING, "g", "1", 22, ""),
                code(Kind.CLOSING, "g", "1", 32, ""))),
        new DocumentSegment("save", 34, 76, "Your changes have been saved successfully.",
            "en-US"),
        new DocumentSegment("files", 77, 125, "You have new messages in your inbox.", "en-US",
            List.of(code(Kind.STANDALONE, "x", "2", 9, ""),
                code(Kind.OPENING, "bpt", "3", 25, "<b>"),
                code(Kind.CLOSING, "ept", "3", 35, "</b>")),
            List.of(code(Kind.STANDALONE, "x", "2", 10, ""),
                code(Kind.OPENING, "bpt", "3", 30, "<b>"),
                code(Kind.CLOSING, "ept", "3", 47, "</b>")))),
        "de-DE", "XLIFF 1.2: 3 segments"), document.segmentation());
    assertEquals("application/x-xliff+xml", document.contentType());
  }

  @Test
  void xliff20SegmentsOfOneUnitGetUnitSlashSegmentIds() throws Exception {
    Document document = read("units20.xliff");
    assertEquals("Beijing's economy grew by more than five percent this year.\n"
        + "这家公司计划明年在上海开设新工厂。\n"
        + "Please click here to download the report.", document.text());
    assertEquals(new Segmentation(List.of(
        new DocumentSegment("u1/s1", 0, 59, "北京今年的经济增长超过了百分之五。", "zh-CN"),
        new DocumentSegment("u1/s2", 60, 77, "这家公司计划明年在上海开设新工厂。", "zh-CN"),
        new DocumentSegment("u2", 78, 119, "请点击这里下载报告。", "zh-CN",
            List.of(code(Kind.OPENING, "pc", "1", 3, ""), code(Kind.CLOSING, "pc", "1", 5, ""),
                code(Kind.STANDALONE, "ph", "2", 7, "")),
            List.of(code(Kind.OPENING, "pc", "1", 13, ""),
                code(Kind.CLOSING, "pc", "1", 17, ""),
                code(Kind.STANDALONE, "ph", "2", 29, "")))),
        "en-US", "XLIFF 2.0: 3 segments"), document.segmentation());
  }

  @Test
  void tmxUnitsByTuidOrNumberWithPlaceholdersAndHighlights() throws Exception {
    Document document = read("memory.tmx");
    assertEquals("Der Zug fährt um acht Uhr morgens ab.\n"
        + "Tickets can be bought at the station.\n"
        + "Drücken Sie, um die Buchung fortzusetzen.", document.text());
    assertEquals(new Segmentation(List.of(
        new DocumentSegment("101", 0, 37, "The train leaves at eight in the morning.", "en-US"),
        new DocumentSegment("2", 38, 75, "Tickets can be bought at the station.", "en-US"),
        new DocumentSegment("103", 76, 117, "Press to continue the booking.", "en-US",
            List.of(code(Kind.STANDALONE, "ph", "1", 6, "{0}")),
            List.of(code(Kind.STANDALONE, "ph", "1", 11, "{0}")))),
        "de-DE", "TMX: 3 units"), document.segmentation());
  }

  @Test
  void csvTableRowsAreSegmentsNumberedAsASpreadsheetShowsThem() throws Exception {
    Document document = read("table.csv");
    assertEquals("Das Museum öffnet um zehn Uhr.\nChildren under six enter for free.\n"
        + "Führungen in mehreren Sprachen beginnen stündlich.", document.text());
    assertEquals(new Segmentation(List.of(
        new DocumentSegment("2", 0, 30, "The museum opens at ten o'clock.", ""),
        new DocumentSegment("3", 31, 65, "Children under six enter for free.", ""),
        new DocumentSegment("4", 66, 116, "Guided tours, in several languages, start every hour.",
            "")), "", "CSV table: 3 rows"), document.segmentation());
  }

  @Test
  void tsvTableKeepsQuotesAsTextAndTakesColumnsByName() throws Exception {
    Document document = reader("en-GB").read(FIXTURES.resolve("table.tsv"), "table.tsv");
    assertEquals("Die Bibliothek bleibt am Sonntag geschlossen.\n"
        + "Books must be returned within three weeks.\nDer Lesesaal hat \"Wi-Fi\" für alle.",
        document.text());
    assertEquals(List.of(
        new DocumentSegment("2", 0, 45, "The library is closed on Sunday.", "en-GB"),
        new DocumentSegment("3", 46, 88, "Books must be returned within three weeks.", "en-GB"),
        new DocumentSegment("4", 89, 123, "The reading room has \"Wi-Fi\" for everyone.",
            "en-GB")), document.segmentation().segments());
  }

  @Test
  void aCsvWithoutSourceAndTargetColumnsIsReadAsBefore() throws Exception {
    Path csv = dir.resolve("plain.csv");
    Files.writeString(csv, "name,city\nAnna,Berlin\n");
    assertNull(new BilingualTableReader(LIMITS).read(csv, "plain.csv"));
    Document document = reader("auto").read(csv, "plain.csv");
    assertEquals(Segmentation.NONE, document.segmentation());
  }

  @Test
  void externalEntitiesAreNeverResolvedButRefused() throws Exception {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    Path xlf = dir.resolve("xxe.xlf");
    Files.writeString(xlf, "<?xml version=\"1.0\"?>\n<!DOCTYPE xliff [<!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">]>\n<xliff version=\"1.2\"><file source-language=\"en\">"
        + "<body><trans-unit id=\"1\"><source>a &xxe; b</source><target>c &xxe; d</target>"
        + "</trans-unit></body></file></xliff>");
    DocumentReadException error = assertThrows(DocumentReadException.class,
        () -> reader("auto").read(xlf, "xxe.xlf"));
    assertEquals("not a well-formed XLIFF file at line 3, column 89: The entity \"xxe\" was "
        + "referenced, but not declared.", error.getMessage());
  }

  @Test
  void brokenAndHostileFilesAreClearErrors() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.tmx"),
        "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>a</tuv></tu></body></tmx>");
    DocumentReadException error = assertThrows(DocumentReadException.class,
        () -> reader("auto").read(broken, "broken.tmx"));
    assertEquals("not a well-formed TMX file at line 1, column 57: The element type \"seg\" "
        + "must be terminated by the matching end-tag \"</seg>\".", error.getMessage());

    Path deep = Files.writeString(dir.resolve("deep.xlf"), "<xliff version=\"1.2\">"
        + "<file><body><trans-unit id=\"1\"><source>" + "<g>".repeat(20) + "x"
        + "</g>".repeat(20) + "</source></trans-unit></body></file></xliff>");
    ReadLimits shallow = new ReadLimits(1000, 10, 10, Duration.ofSeconds(5));
    error = assertThrows(DocumentReadException.class,
        () -> new XliffReader(shallow).read(deep, "deep.xlf"));
    assertEquals("the XLIFF file nests elements deeper than 10 (--max-nesting-depth)",
        error.getMessage());

    Path notXliff = Files.writeString(dir.resolve("other.xlf"), "<html><body/></html>");
    error = assertThrows(DocumentReadException.class,
        () -> reader("auto").read(notXliff, "other.xlf"));
    assertEquals("not an XLIFF file: the root element is not <xliff>", error.getMessage());
  }
}
