package io.tqc.engine;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of a file an editor saves from a spreadsheet or text editor (rule packs, accepted-word
 * lists). Valid UTF-8, with or without a byte order mark, is UTF-8; a UTF-16 byte order mark
 * (Excel's "Unicode Text") is UTF-16. Anything else is read as windows-1252, which is what Excel's
 * plain "CSV" saves on Western systems; a statistical detector (ICU's, Tika's) does no better on
 * files of a few lines: for a German or French pack it answers ISO-8859-1, whose letters are the
 * same, with about 40% confidence and ISO-8859-2 close behind. Bytes that windows-1252 leaves
 * undefined, or a NUL, mean it is neither, and the file is refused.
 *
 * @param text the decoded text, without a byte order mark
 * @param encoding the encoding the text was decoded from
 * @param guessedFromLine 0 when the encoding is certain (valid UTF-8 or a byte order mark);
 *     otherwise the line of the first byte that is not UTF-8, where the guess was made
 */
public record EditorFileText(String text, Charset encoding, int guessedFromLine) {
  public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** The file cannot be decoded; {@code line} is where, {@code getMessage()} says how to fix it. */
  public static final class UndecodableException extends Exception {
    private final int line;

    UndecodableException(int line, String message) {
      super(message);
      this.line = line;
    }

    public int line() {
      return line;
    }
  }

  public boolean guessed() {
    return guessedFromLine > 0;
  }

  /** The note to show when the encoding was guessed: which one, and how to make it certain. */
  public String guessNote() {
    return "not UTF-8 (line " + guessedFromLine + " has a byte UTF-8 does not allow), so it "
        + "was read as " + encoding.name() + "; " + SAVE_AS_UTF8;
  }

  private static final String SAVE_AS_UTF8 = "save it as UTF-8 to be sure every character is "
      + "read as written (Excel: Save As, \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save "
      + "As, Text CSV, character set \"Unicode (UTF-8)\"; a text editor: encoding UTF-8)";

  public static EditorFileText read(Path file) throws IOException, UndecodableException {
    return decode(Files.readAllBytes(file));
  }

  static EditorFileText decode(byte[] bytes) throws UndecodableException {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return certain(bytes, 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return certain(bytes, 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return certain(bytes, 2, StandardCharsets.UTF_16BE);
    }
    int firstBad = firstUndecodable(bytes, 0, StandardCharsets.UTF_8);
    if (firstBad < 0) {
      return withoutNul(new EditorFileText(new String(bytes, StandardCharsets.UTF_8),
          StandardCharsets.UTF_8, 0), bytes);
    }
    int badIn1252 = firstUndecodable(bytes, 0, WINDOWS_1252);
    if (badIn1252 >= 0) {
      throw new UndecodableException(lineOf(bytes, badIn1252), String.format(
          "the file is neither UTF-8 nor windows-1252 (byte 0x%02X); %s", bytes[badIn1252] & 0xFF,
          SAVE_AS_UTF8));
    }
    return withoutNul(new EditorFileText(new String(bytes, WINDOWS_1252), WINDOWS_1252,
        lineOf(bytes, firstBad)), bytes);
  }

  private static EditorFileText certain(byte[] bytes, int bomLength, Charset charset)
      throws UndecodableException {
    int bad = firstUndecodable(bytes, bomLength, charset);
    if (bad >= 0) {
      throw new UndecodableException(lineOf(bytes, bad), "the file starts with the byte order "
          + "mark of " + charset.name() + " but is not valid " + charset.name() + "; "
          + SAVE_AS_UTF8);
    }
    return new EditorFileText(new String(bytes, bomLength, bytes.length - bomLength, charset),
        charset, 0);
  }

  /** A NUL is never in an editor's text: it is UTF-16 without a byte order mark, or binary. */
  private static EditorFileText withoutNul(EditorFileText decoded, byte[] bytes)
      throws UndecodableException {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new UndecodableException(lineOf(bytes, i), "the file has NUL bytes, so it is not "
            + "text in UTF-8 or windows-1252 (UTF-16 without a byte order mark?); "
            + SAVE_AS_UTF8);
      }
    }
    return decoded;
  }

  /** The offset of the first byte the charset cannot decode, or -1. */
  private static int firstUndecodable(byte[] bytes, int from, Charset charset) {
    CharsetDecoder decoder = charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
    CharBuffer out = CharBuffer.allocate(4096);
    while (true) {
      CoderResult result = decoder.decode(in, out, true);
      if (result.isError()) {
        return in.position();
      }
      if (result.isUnderflow()) {
        result = decoder.flush(out);
        return result.isError() ? in.position() : -1;
      }
      out.clear();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static int lineOf(byte[] bytes, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return line;
  }
}
