package io.tqc.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises UTF-16 text saved without a byte order mark (Windows' "Unicode" text files, some
 * exports). Every character below U+0100 (line breaks, spaces, digits, Latin letters) has a zero
 * high byte, so such a file has zero bytes at every other position and almost none between; the
 * statistical charset detectors miss it and its zero bytes look like binary data.
 */
final class Utf16Sniffer {
  private Utf16Sniffer() {}

  /**
   * UTF-16LE or UTF-16BE when the bytes are such text, else null. The byte order is the one
   * whose high-byte positions hold more zeros; it must then decode to text without control
   * characters, unpaired surrogates or unassigned code points, which random or binary data
   * never does.
   */
  static Charset detect(byte[] head) {
    int length = head.length & ~1;
    int zerosAtEven = 0;
    int zerosAtOdd = 0;
    for (int i = 0; i < length; i++) {
      if (head[i] == 0) {
        if ((i & 1) == 0) {
          zerosAtEven++;
        } else {
          zerosAtOdd++;
        }
      }
    }
    if (zerosAtEven == zerosAtOdd) {
      return null;
    }
    // Little-endian puts the high byte second: "A" is 41 00.
    Charset order = zerosAtOdd > zerosAtEven ? StandardCharsets.UTF_16LE
        : StandardCharsets.UTF_16BE;
    String text = decodeStrictly(head, length, order);
    return text != null && isPlausibleText(text) ? order : null;
  }

  private static String decodeStrictly(byte[] head, int length, Charset order) {
    // The head may end inside a surrogate pair; its first half alone is not an error.
    if (length >= 2) {
      int lastHigh = order.equals(StandardCharsets.UTF_16LE) ? head[length - 1] : head[length - 2];
      if ((lastHigh & 0xFC) == 0xD8) {
        length -= 2;
      }
    }
    try {
      CharBuffer chars = order.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(head, 0, length));
      return chars.toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  private static boolean isPlausibleText(String text) {
    int odd = 0;
    int letters = 0;
    int codePoints = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      codePoints++;
      int type = Character.getType(cp);
      if (Character.isLetter(cp)) {
        letters++;
      } else if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE
          || type == Character.SURROGATE
          || type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r' && cp != '\f') {
        odd++;
      }
    }
    return letters > 0 && odd <= codePoints / 200;
  }
}
