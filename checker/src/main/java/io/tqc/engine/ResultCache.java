package io.tqc.engine;

import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.InlineCode;
import io.tqc.read.Segmentation;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.CRC32;

/**
 * Results of documents checked before, so that a re-run over unchanged documents does not run
 * LanguageTool again. An entry is keyed by the SHA-256 of the {@link RuleSetFingerprint} and the
 * document's text (and, for bilingual input, of its segments with their sources and the declared
 * target language, which decide findings as much as the text does), and holds what checking
 * produced: the language, the word count, the findings
 * and the number of silenced spelling alarms. It also holds the {@link LanguageRuleSet}
 * fingerprint of its language, and is a miss when that has changed: an edited German rule pack
 * invalidates German results only. The file name is not part of the key: a renamed
 * or copied document is still a hit, and its findings get its current name.
 *
 * <p>One file per entry, {@code DIR/ab/cdef...}, written to a temporary file in the same folder
 * and renamed into place, so concurrent runs never see half an entry; an entry that cannot be
 * read back whole (a crash, a full disk, a different format) is a miss and is overwritten. The
 * cache is an optimisation: when it cannot be read or written the run goes on without it.
 * Failed results are not stored, because time limits and read errors may not recur.
 */
public final class ResultCache {
  private static final int MAGIC = 0x54514352; // "TQCR"
  /** 3: findings carry their segment and source; bilingual documents key on their segments. */
  private static final int FORMAT = 3;
  private static final int MAX_STRING_BYTES = 64 << 20;

  private final Path directory;
  private final String fingerprint;
  private final LanguageRuleSet languageRules;
  private final AtomicInteger hits = new AtomicInteger();
  private final AtomicInteger misses = new AtomicInteger();
  private final AtomicInteger writeFailures = new AtomicInteger();

  private ResultCache(Path directory, String fingerprint, LanguageRuleSet languageRules) {
    this.directory = directory;
    this.fingerprint = fingerprint;
    this.languageRules = languageRules;
  }

  /** A cache that never hits and stores nothing. */
  public static ResultCache disabled() {
    return new ResultCache(null, "", LanguageRuleSet.none());
  }

  /**
   * A cache in a folder, created when the first entry is written.
   *
   * @param fingerprint what decides every document's findings
   * @param languageRules what decides the findings of documents in one language
   */
  public static ResultCache in(Path directory, RuleSetFingerprint fingerprint,
      LanguageRuleSet languageRules) {
    return new ResultCache(directory, fingerprint.hex(), languageRules);
  }

  /**
   * {@code $XDG_CACHE_HOME/tqc}, or {@code ~/.cache/tqc} when XDG_CACHE_HOME is not set to an
   * absolute path (as the XDG base directory specification says).
   */
  public static Path defaultLocation(Map<String, String> environment, String userHome) {
    String xdg = environment.get("XDG_CACHE_HOME");
    if (xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()) {
      return Path.of(xdg, "tqc");
    }
    return Path.of(userHome, ".cache", "tqc");
  }

  public boolean enabled() {
    return directory != null;
  }

  public Path directory() {
    return directory;
  }

  public int hits() {
    return hits.get();
  }

  public int misses() {
    return misses.get();
  }

  public int writeFailures() {
    return writeFailures.get();
  }

  /** The cached result of checking this document's text, or null when there is none. */
  public DocumentResult lookup(Document document) {
    if (!enabled()) {
      return null;
    }
    String key = key(document);
    DocumentResult result;
    try {
      result = decode(Files.readAllBytes(entry(key)), key, document, languageRules);
    } catch (NoSuchFileException e) {
      result = null;
    } catch (IOException | RuntimeException e) {
      result = null; // unreadable or corrupt: a miss, overwritten by the next store
    }
    (result == null ? misses : hits).incrementAndGet();
    if (result != null) {
      markUsed(entry(key));
    }
    return result;
  }

  /** Stores the result of checking a document; failed results are not stored. */
  public void store(Document document, DocumentResult result) {
    if (!enabled() || result.failed() || result.document() != document) {
      return;
    }
    String key = key(document);
    Path target = entry(key);
    Path temp = null;
    try {
      Files.createDirectories(target.getParent());
      temp = Files.createTempFile(target.getParent(), target.getFileName() + ".", ".tmp");
      Files.write(temp, encode(key, result, languageRules));
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
      temp = null;
    } catch (IOException | RuntimeException e) {
      writeFailures.incrementAndGet();
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // a stray temporary file is never read as an entry
        }
      }
    }
  }

  /** A hit renews the entry's time, so that trimming the cache keeps what is in use. */
  private static void markUsed(Path entry) {
    try {
      Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
    } catch (IOException e) {
      // only the order of trimming suffers
    }
  }

  /** The key of a monolingual document with this text. */
  String key(String text) {
    return key(Document.of("", text, "text/plain", "", false));
  }

  String key(Document document) {
    MessageDigest digest = RuleSetFingerprint.sha256();
    digest.update(fingerprint.getBytes(StandardCharsets.UTF_8));
    digest.update((byte) 0);
    digest.update(document.text().getBytes(StandardCharsets.UTF_8));
    Segmentation segmentation = document.segmentation();
    if (!segmentation.segments().isEmpty() || !segmentation.targetLanguage().isEmpty()) {
      digest.update((byte) 0);
      digest.update(segmentationBytes(segmentation));
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** Everything of a segmentation that can change findings (not its note). */
  private static byte[] segmentationBytes(Segmentation segmentation) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      writeString(out, segmentation.targetLanguage());
      out.writeInt(segmentation.segments().size());
      for (DocumentSegment segment : segmentation.segments()) {
        writeString(out, segment.id());
        out.writeInt(segment.start());
        out.writeInt(segment.end());
        writeString(out, segment.source());
        writeString(out, segment.sourceLanguage());
        for (List<InlineCode> codes : List.of(segment.sourceCodes(), segment.targetCodes())) {
          out.writeInt(codes.size());
          for (InlineCode code : codes) {
            writeString(out, code.kind().name());
            writeString(out, code.element());
            writeString(out, code.id());
            out.writeInt(code.offset());
            writeString(out, code.data());
          }
        }
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e); // a byte array does not fail
    }
    return bytes.toByteArray();
  }

  Path entry(String key) {
    return directory.resolve(key.substring(0, 2)).resolve(key.substring(2));
  }

  static byte[] encode(String key, DocumentResult result, LanguageRuleSet languageRules)
      throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(bytes);
    out.writeInt(MAGIC);
    out.writeInt(FORMAT);
    writeString(out, key);
    writeString(out, result.language());
    writeString(out, languageRules.fingerprintFor(result.language()));
    out.writeInt(result.words());
    out.writeInt(result.silencedSpellingAlarms());
    out.writeInt(result.findings().size());
    for (Finding f : result.findings()) {
      writeString(out, f.language());
      out.writeInt(f.line());
      out.writeInt(f.column());
      out.writeInt(f.start());
      out.writeInt(f.end());
      writeString(out, f.ruleId());
      writeString(out, f.ruleSource());
      writeString(out, f.category().toString());
      writeString(out, f.severity().name());
      writeString(out, f.message());
      out.writeInt(f.suggestions().size());
      for (String suggestion : f.suggestions()) {
        writeString(out, suggestion);
      }
      writeString(out, f.text());
      writeString(out, f.context());
      writeString(out, f.segment());
      writeString(out, f.source());
    }
    CRC32 crc = new CRC32();
    crc.update(bytes.toByteArray());
    out.writeLong(crc.getValue());
    out.flush();
    return bytes.toByteArray();
  }

  /**
   * The result stored in an entry, or null when the entry is not whole, not for this key, or
   * made with other rules for its language.
   */
  static DocumentResult decode(byte[] entry, String key, Document document,
      LanguageRuleSet languageRules) throws IOException {
    if (entry.length < Long.BYTES + 8) {
      return null;
    }
    CRC32 crc = new CRC32();
    crc.update(entry, 0, entry.length - Long.BYTES);
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(entry));
    in.skipNBytes(entry.length - Long.BYTES);
    if (in.readLong() != crc.getValue()) {
      return null;
    }
    in = new DataInputStream(new ByteArrayInputStream(entry, 0, entry.length - Long.BYTES));
    if (in.readInt() != MAGIC || in.readInt() != FORMAT || !key.equals(readString(in))) {
      return null;
    }
    String language = readString(in);
    if (!languageRules.fingerprintFor(language).equals(readString(in))) {
      return null;
    }
    int words = in.readInt();
    int silenced = in.readInt();
    int count = in.readInt();
    if (count < 0) {
      return null;
    }
    List<Finding> findings = new ArrayList<>(Math.min(count, 10_000));
    for (int i = 0; i < count; i++) {
      String findingLanguage = readString(in);
      int line = in.readInt();
      int column = in.readInt();
      int start = in.readInt();
      int end = in.readInt();
      String ruleId = readString(in);
      String ruleSource = readString(in);
      Category category = Category.parse(readString(in));
      Severity severity = Severity.valueOf(readString(in));
      String message = readString(in);
      int suggestionCount = in.readInt();
      List<String> suggestions = new ArrayList<>(Math.max(0, Math.min(suggestionCount, 100)));
      for (int s = 0; s < suggestionCount; s++) {
        suggestions.add(readString(in));
      }
      String text = readString(in);
      String context = readString(in);
      findings.add(new Finding(document.file(), findingLanguage, line, column, start, end, ruleId,
          ruleSource, category, severity, message, suggestions, text, context, readString(in),
          readString(in)));
    }
    if (in.available() != 0) {
      return null;
    }
    return new DocumentResult(document.file(), document, language, words, findings, null,
        silenced);
  }

  private static void writeString(DataOutputStream out, String value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private static String readString(DataInputStream in) throws IOException {
    int length = in.readInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > MAX_STRING_BYTES || length > in.available()) {
      throw new IOException("bad string length " + length);
    }
    return new String(in.readNBytes(length), StandardCharsets.UTF_8);
  }
}
