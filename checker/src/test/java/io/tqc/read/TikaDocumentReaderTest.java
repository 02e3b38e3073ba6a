package io.tqc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TikaDocumentReaderTest {
  private static final TikaDocumentReader READER = new TikaDocumentReader(ReadLimits.defaults());
  private static final String ENGLISH = "The committee met on Tuesday. It said the “plan” wasn’t "
      + "final, and that café owners would be consulted before the vote.\nA second line.";
  private static final String CHINESE = "诺基亚首席执行官在接受采访时表示，与微软合作的最初几年里，"
      + "诺基亚将获得微软数十亿美元的资金支持，用于拓展市场。分析人士认为投资者相信微软在交易中占了上风。";

  @TempDir
  Path dir;

  private Document readBytes(String name, byte[] bytes) throws Exception {
    Path file = dir.resolve(name);
    Files.write(file, bytes);
    return READER.read(file, name);
  }

  @Test
  void plainTextIsKeptExactlyWhateverItsEncoding() throws Exception {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] utf8 = ENGLISH.getBytes(StandardCharsets.UTF_8);
    byte[] withBom = new byte[bom.length + utf8.length];
    System.arraycopy(bom, 0, withBom, 0, 3);
    System.arraycopy(utf8, 0, withBom, 3, utf8.length);

    assertEquals(ENGLISH, readBytes("utf8.txt", utf8).text());
    assertEquals(ENGLISH, readBytes("bom.txt", withBom).text());
    assertEquals(ENGLISH, readBytes("utf16.txt", ENGLISH.getBytes(StandardCharsets.UTF_16))
        .text());
    String latin = "The café owners said the naïve plan was “final” and would cost 5 €.";
    assertEquals(latin, readBytes("cp1252.txt", latin.getBytes(Charset.forName("windows-1252")))
        .text());
  }

  @Test
  void utf16WithoutByteOrderMarkIsReadInBothByteOrders() throws Exception {
    String german = "Die Bürgermeisterin sagte am Montag, die neue Bahnlinie werde im Frühjahr "
        + "eröffnet.\r\nÄrzte und Anwohner begrüßen die Entscheidung; 84 % sind dafür.\r\n";
    String chinese = "2011年2月11日，诺基亚与微软宣布建立战略合作伙伴关系。\n" + CHINESE + "\n";
    for (String text : List.of(ENGLISH, german, chinese)) {
      for (Charset order : List.of(StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
        Document document = readBytes("unicode.txt", text.getBytes(order));
        assertEquals(text, document.text(), order + ": " + text);
        assertEquals("text/plain", document.contentType());
        assertFalse(document.replacedInvalidBytes());
      }
    }
    // Without a name that says text, the zero-byte pattern alone tells.
    assertEquals(german, readBytes("export", german.getBytes(StandardCharsets.UTF_16LE)).text());
  }

  @Test
  void binaryDataWithZeroBytesIsStillRefused() throws Exception {
    ByteBuffer integers = ByteBuffer.allocate(4000).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < 1000; i++) {
      integers.putInt(i * 7);
    }
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> readBytes("numbers.txt", integers.array()));
    assertEquals("the file looks like binary data, not text", e.getMessage());
  }

  @Test
  void chineseLegacyEncodingsAreDetected() throws Exception {
    assertEquals(CHINESE, readBytes("gb.txt", CHINESE.getBytes(Charset.forName("GB18030")))
        .text());
    String traditional = "諾基亞首席執行官在接受採訪時表示，與微軟合作的最初幾年裡，諾基亞將獲得微軟數十億美元的"
        + "資金支持，用於拓展市場。分析人士認為投資者相信微軟在交易中佔了上風。";
    assertEquals(traditional, readBytes("big5.txt", traditional.getBytes(Charset.forName("Big5")))
        .text());
  }

  @Test
  void invalidBytesAreReplacedAndReported() throws Exception {
    byte[] bytes = "Valid text before a bad byte \u00ff and after it, in a long enough sentence."
        .getBytes(StandardCharsets.UTF_8);
    bytes[bytes.length - 10] = (byte) 0xC3;
    bytes[bytes.length - 9] = (byte) 0x28;
    Document document = readBytes("bad.txt", bytes);
    assertTrue(document.text().contains("\uFFFD") || !document.replacedInvalidBytes());
    assertEquals(document.text().contains("\uFFFD"), document.replacedInvalidBytes());
  }

  @Test
  void wordsAreCounted() throws Exception {
    assertEquals(24, readBytes("w.txt", ENGLISH.getBytes(StandardCharsets.UTF_8)).words());
    assertEquals(4, WordCounter.count("Nokia's share-price fell 14%"));
    assertEquals(6, WordCounter.count("诺基亚 said 微软"));
  }

  @Test
  void longTextHasNoHundredThousandCharacterLimit() throws Exception {
    String text = "Word after word goes here. ".repeat(8000);
    Document document = readBytes("long.html",
        ("<html><body><p>" + text + "</p></body></html>").getBytes(StandardCharsets.UTF_8));
    assertEquals(text.strip(), document.text());
  }

  @Test
  void htmlParagraphsBecomeBlankLineSeparatedAndScriptsAreDropped() throws Exception {
    Document document = readBytes("a.html", ("<html><head><title>T</title><script>var x=1;"
        + "</script></head><body><h1>Head line</h1><p>First\nwrapped line.</p>"
        + "<p>Second.</p></body></html>").getBytes(StandardCharsets.UTF_8));
    assertEquals("Head line\n\nFirst wrapped line.\n\nSecond.", document.text());
    assertEquals("T", document.title());
  }

  @Test
  void emptyBinaryAndCorruptFilesAreErrorsThatSayWhy() throws Exception {
    DocumentReadException empty = assertThrows(DocumentReadException.class,
        () -> readBytes("empty.txt", new byte[0]));
    assertEquals("the file is empty", empty.getMessage());

    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);
    DocumentReadException binary = assertThrows(DocumentReadException.class,
        () -> readBytes("noise.bin", random));
    assertTrue(binary.getMessage().startsWith("no text could be extracted"),
        binary.getMessage());

    byte[] docx = Files.readAllBytes(Path.of("../seeds/000_0d9fa9fe51ed347a.docx"));
    byte[] truncated = java.util.Arrays.copyOf(docx, docx.length / 2);
    DocumentReadException corrupt = assertThrows(DocumentReadException.class,
        () -> readBytes("broken.docx", truncated));
    assertTrue(corrupt.getMessage().contains("corrupt"), corrupt.getMessage());
  }

  @Test
  void zipWithoutDocumentTextIsAnError() throws Exception {
    Path zip = dir.resolve("x.docx");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      out.putNextEntry(new ZipEntry("hello.bin"));
      out.write(new byte[] {0, 1, 2});
    }
    assertThrows(DocumentReadException.class, () -> READER.read(zip, "x.docx"));
  }

  @Test
  void textOverTheLimitIsRejectedNamingTheOption() throws Exception {
    TikaDocumentReader small = new TikaDocumentReader(ReadLimits.defaults().withMaxTextChars(100));
    Path file = dir.resolve("big.txt");
    Files.writeString(file, "word ".repeat(100));
    DocumentReadException e = assertThrows(DocumentReadException.class,
        () -> small.read(file, "big.txt"));
    assertTrue(e.getMessage().contains("--max-text-chars"), e.getMessage());
    assertFalse(e.getMessage().isBlank());
  }
}
