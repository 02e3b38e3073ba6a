package io.tqc.read;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.AutoDetectParserConfig;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.microsoft.ooxml.OOXMLParser;
import org.apache.tika.parser.microsoft.ooxml.OPCPackageWrapper;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;

/**
 * The one adapter around Apache Tika. Plain text is decoded with the detected charset and kept
 * exactly, so that offsets index the file's own text; every other format goes through Tika's
 * AutoDetectParser and comes out as paragraphs separated by blank lines.
 */
public final class TikaDocumentReader implements DocumentReader {
  /** Types whose raw text is what a reader sees, so their offsets must index the file itself. */
  private static final Set<String> RAW_TEXT_TYPES =
      Set.of("text/plain", "text/x-web-markdown", "text/markdown");

  /** Tika's full configuration and parser, loaded on the first document that needs them. */
  private record Full(TikaConfig config, AutoDetectParser parser, OOXMLParser word) {}

  // Loading every Tika parser takes seconds at start-up; plain text needs only the MIME magic
  // and the charset detectors, so a batch of .txt files never loads the parsers.
  private final MimeTypes mimeTypes = MimeTypes.getDefaultMimeTypes();
  private final EncodingDetector encodingDetector = new DefaultEncodingDetector();
  private final ReadLimits limits;
  private volatile Full full;

  public TikaDocumentReader(ReadLimits limits) {
    this.limits = limits;
  }

  private Full full() {
    Full loaded = full;
    if (loaded == null) {
      synchronized (this) {
        loaded = full;
        if (loaded == null) {
          TikaConfig config = TikaConfig.getDefaultConfig();
          AutoDetectParser parser = new AutoDetectParser(config);
          AutoDetectParserConfig parserConfig = new AutoDetectParserConfig();
          parserConfig.setMaximumCompressionRatio(limits.maxCompressionRatio());
          parserConfig.setMaximumDepth(limits.maxNestingDepth());
          parserConfig.setMaximumPackageEntryDepth(limits.maxNestingDepth());
          parser.setAutoDetectParserConfig(parserConfig);
          useOdfArticleContent(parser);
          // Office formats are unzipped by POI, which has its own guard against zip bombs.
          ZipSecureFile.setMinInflateRatio(1.0 / limits.maxCompressionRatio());
          loaded = new Full(config, parser, new OOXMLParser());
          full = loaded;
        }
      }
    }
    return loaded;
  }

  /** OpenDocument files are read through the filter that drops what is not article text. */
  private static void useOdfArticleContent(AutoDetectParser parser) {
    OpenDocumentParser odf = new OpenDocumentParser();
    odf.setContentParser(new OdfArticleContentParser());
    Map<MediaType, Parser> parsers = parser.getParsers();
    for (MediaType type : odf.getSupportedTypes(new ParseContext())) {
      parsers.put(type, odf);
    }
    parser.setParsers(parsers);
  }

  @Override
  public Document read(Path path, String displayName) throws DocumentReadException {
    byte[] head;
    long size;
    try {
      size = Files.size(path);
      if (size == 0) {
        throw new DocumentReadException("the file is empty");
      }
      try (InputStream in = Files.newInputStream(path)) {
        head = in.readNBytes(64 * 1024);
      }
    } catch (NoSuchFileException e) {
      throw new DocumentReadException("the file does not exist (any more)");
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the file: " + describe(e), e);
    }
    MediaType type = detect(head, path);
    Charset marked = byteOrderMark(head);
    if (marked == null && (isRawText(type) || type.equals(MediaType.OCTET_STREAM))) {
      // Before the binary-data check, which the zero bytes of such text would fail.
      marked = Utf16Sniffer.detect(head);
      if (marked != null && !isRawText(type)) {
        type = MediaType.TEXT_PLAIN;
      }
    }
    if (isRawText(type)) {
      return readPlainText(path, displayName, type, head, size, marked);
    }
    try {
      if (ZipBombGuard.isZip(head)
          && ZipBombGuard.expandsBeyond(path, size, limits.maxCompressionRatio())) {
        throw limits.tooCompressed(type.toString());
      }
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the file: " + describe(e), e);
    }
    return readWithTika(path, displayName, type);
  }

  private static boolean isRawText(MediaType type) {
    return RAW_TEXT_TYPES.contains(type.getBaseType().toString());
  }

  /**
   * The file's type. The MIME magic alone settles plain text; anything else is detected again
   * with all of Tika's detectors (containers such as OOXML, ODF, OLE2), as the parser will.
   */
  private MediaType detect(byte[] head, Path path) throws DocumentReadException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    try (InputStream in = TikaInputStream.get(head)) {
      MediaType quick = mimeTypes.detect(in, metadata);
      if (RAW_TEXT_TYPES.contains(quick.getBaseType().toString())) {
        return quick;
      }
    } catch (IOException e) {
      throw new DocumentReadException("cannot detect the file type: " + describe(e), e);
    }
    try (InputStream in = TikaInputStream.get(head)) {
      return full().config().getDetector().detect(in, metadata);
    } catch (IOException e) {
      throw new DocumentReadException("cannot detect the file type: " + describe(e), e);
    }
  }

  /**
   * Reads text whose bytes are what a reader sees.
   *
   * @param known the encoding a byte order mark or the UTF-16 pattern settles, or null
   */
  private Document readPlainText(Path path, String displayName, MediaType type, byte[] head,
      long size, Charset known) throws DocumentReadException {
    if (size > 4L * limits.maxTextChars()) {
      throw limits.textTooLong();
    }
    if (known == null && hasBinaryBytes(head)) {
      throw new DocumentReadException("the file looks like binary data, not text");
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the file: " + describe(e), e);
    }
    Charset charset = known != null ? known : detectCharset(bytes, path);
    DecodedText decoded = decode(bytes, charset);
    String text = decoded.text();
    if (text.length() > limits.maxTextChars()) {
      throw limits.textTooLong();
    }
    if (looksBinary(text)) {
      throw new DocumentReadException(
          "the file looks like binary data, not text (read as " + charset.name() + ")");
    }
    requireLetters(text, type);
    return Document.of(displayName, text, type.getBaseType().toString(), "", decoded.replaced());
  }

  private Charset detectCharset(byte[] bytes, Path path) throws DocumentReadException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      Charset detected = encodingDetector.detect(in, metadata);
      if (detected == null) {
        return StandardCharsets.UTF_8;
      }
      // As browsers do: text labelled Latin-1 is windows-1252 in practice, whose curly quotes
      // and euro sign would otherwise decode as control characters.
      return detected.equals(StandardCharsets.ISO_8859_1) ? Charset.forName("windows-1252")
          : detected;
    } catch (IOException e) {
      throw new DocumentReadException("cannot detect the character encoding: " + describe(e), e);
    }
  }

  /** A byte order mark settles the encoding; statistical detectors sometimes overrule it. */
  private static Charset byteOrderMark(byte[] b) {
    if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    if (b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
        || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE)) {
      return StandardCharsets.UTF_16;
    }
    return null;
  }

  private record DecodedText(String text, boolean replaced) {}

  private static DecodedText decode(byte[] bytes, Charset charset) {
    int skip = 0;
    if (charset.equals(StandardCharsets.UTF_8) && bytes.length >= 3
        && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB && (bytes[2] & 0xff) == 0xBF) {
      skip = 3;
    }
    ByteBuffer input = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
    try {
      CharsetDecoder strict = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT);
      CharBuffer chars = strict.decode(input);
      return new DecodedText(stripLeadingBom(chars.toString()), false);
    } catch (CharacterCodingException e) {
      input.rewind().position(skip);
      CharsetDecoder lenient = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
      try {
        return new DecodedText(stripLeadingBom(lenient.decode(input).toString()), true);
      } catch (CharacterCodingException impossible) {
        throw new IllegalStateException("a replacing decoder reported an error", impossible);
      }
    }
  }

  private static String stripLeadingBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private Document readWithTika(Path path, String displayName, MediaType type)
      throws DocumentReadException {
    Metadata metadata = new Metadata();
    metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, path.getFileName().toString());
    ParagraphTextHandler paragraphs = new ParagraphTextHandler(limits.maxTextChars(),
        System.nanoTime() + limits.maxParseTime().toNanos(),
        type.getBaseType().toString().equals("application/pdf"));
    try (TikaInputStream in = TikaInputStream.get(path, metadata)) {
      ContentHandler body = new BodyContentHandler(paragraphs);
      OPCPackageWrapper withoutComments =
          WordComments.isWordDocument(type) ? WordComments.openWithoutComments(path) : null;
      if (withoutComments == null) {
        full().parser().parse(in, body, metadata, ArticleOnlySettings.newContext());
      } else {
        // AutoDetectParser hands its parsers a stream of its own, without the package, so the
        // Word parser is called directly, with what AutoDetectParser would add: the nesting
        // guard, and itself as the parser of embedded documents.
        in.setOpenContainer(withoutComments);
        ParseContext context = ArticleOnlySettings.newContext();
        context.set(Parser.class, full().parser());
        full().word().parse(in, nestingGuard(body, in), metadata, context);
      }
    } catch (EncryptedDocumentException e) {
      throw new DocumentReadException("the " + type + " file is encrypted or password-protected");
    } catch (TikaException | SAXException e) {
      throw overLimitOrCorrupt(e, type);
    } catch (NoSuchFileException e) {
      throw new DocumentReadException("the file does not exist (any more)");
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the file: " + describe(e), e);
    } catch (RuntimeException e) {
      throw overLimitOrCorrupt(e, type);
    } catch (StackOverflowError e) {
      throw limits.tooDeep(type.toString());
    }
    String text = paragraphs.text();
    requireLetters(text, type);
    String contentType = metadata.get(Metadata.CONTENT_TYPE);
    MediaType parsedType = contentType == null ? type : MediaType.parse(contentType);
    return Document.of(displayName, text,
        parsedType == null ? type.getBaseType().toString() : parsedType.getBaseType().toString(),
        metadata.get(TikaCoreProperties.TITLE), false);
  }

  /**
   * Tika's guard against elements nested too deep. Its compression-ratio check counts the bytes
   * read from the stream, none when the package is already open, so it is left to
   * {@link ZipBombGuard}.
   */
  private ContentHandler nestingGuard(ContentHandler handler, TikaInputStream in) {
    SecureContentHandler guard = new SecureContentHandler(handler, in);
    guard.setMaximumDepth(limits.maxNestingDepth());
    guard.setMaximumPackageEntryDepth(limits.maxNestingDepth());
    guard.setOutputThreshold(Long.MAX_VALUE);
    return guard;
  }

  /** Names the limit a parser failure comes from, or else calls the file corrupt. */
  private DocumentReadException overLimitOrCorrupt(Exception e, MediaType type) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ParagraphTextHandler.TextLimitReached) {
        return limits.textTooLong();
      }
      if (cause instanceof ParagraphTextHandler.TimeLimitReached) {
        return limits.tooSlow();
      }
      String message = String.valueOf(cause.getMessage()).toLowerCase(java.util.Locale.ROOT);
      if (message.contains("zip bomb") && message.contains("nesting")
          || message.contains("levels of xml element nesting")
          || message.contains("package entry nesting")) {
        return limits.tooDeep(type.toString());
      }
      if (message.contains("zip bomb") || message.contains("compression ratio")) {
        return limits.tooCompressed(type.toString());
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return new DocumentReadException(
        "the " + type + " file is corrupt or cannot be parsed: " + describe(e), e);
  }

  private static void requireLetters(String text, MediaType type) throws DocumentReadException {
    if (text.codePoints().noneMatch(Character::isLetter)) {
      throw new DocumentReadException("no text could be extracted (detected type " + type + ")");
    }
  }

  /**
   * Bytes no text in an ASCII-compatible encoding uses (C0 controls other than tab, line breaks,
   * form feed and escape) in a share far above what any written text has. Without this check,
   * random bytes decode as plausible GB18030 or Big5 "text".
   */
  private static boolean hasBinaryBytes(byte[] head) {
    int control = 0;
    for (byte b : head) {
      int c = b & 0xff;
      if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != 0x1b) {
        control++;
      }
    }
    return control > Math.max(2, head.length / 200);
  }

  /** Text whose share of control characters is far above what any written text has. */
  private static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 64 * 1024);
    int control = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t'
          && c != '\f')) {
        control++;
      }
    }
    return control > Math.max(2, sample / 100);
  }

  static String describe(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    String name = root.getClass().getSimpleName();
    return message == null || message.isBlank() ? name : name + ": " + message.strip();
  }
}
