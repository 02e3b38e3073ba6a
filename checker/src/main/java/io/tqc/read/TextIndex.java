package io.tqc.read;

import java.util.Arrays;

/**
 * Converts between the UTF-16 offsets Java strings use and the code point offsets findings use,
 * and finds the 1-based line and column of a code point offset.
 */
public final class TextIndex {
  private final String text;
  private final int codePointLength;
  /** Code point offset at which each line starts; line n (1-based) starts at lineStarts[n-1]. */
  private final int[] lineStarts;
  /** UTF-16 indexes of the high surrogates in the text, ascending; empty for BMP-only text. */
  private final int[] supplementaryAt;

  public TextIndex(String text) {
    this.text = text;
    this.codePointLength = text.codePointCount(0, text.length());
    int[] starts = new int[16];
    int lines = 1;
    int[] supplementary = new int[0];
    int supplementaryCount = 0;
    int cp = 0;
    for (int i = 0; i < text.length(); cp++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        if (supplementaryCount == supplementary.length) {
          supplementary = Arrays.copyOf(supplementary, Math.max(8, supplementaryCount * 2));
        }
        supplementary[supplementaryCount++] = i;
        i += 2;
        continue;
      }
      i++;
      boolean lineBreak = c == '\n' || (c == '\r' && (i >= text.length() || text.charAt(i) != '\n'));
      if (lineBreak) {
        if (lines == starts.length) {
          starts = Arrays.copyOf(starts, lines * 2);
        }
        starts[lines++] = cp + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, lines);
    this.supplementaryAt = Arrays.copyOf(supplementary, supplementaryCount);
  }

  /** Number of code points in the text. */
  public int length() {
    return codePointLength;
  }

  /** Code point offset of a UTF-16 index (an index inside a surrogate pair maps to its pair). */
  public int toCodePoint(int utf16Index) {
    if (utf16Index < 0 || utf16Index > text.length()) {
      throw new IndexOutOfBoundsException("offset " + utf16Index + " outside 0.." + text.length());
    }
    int before = Arrays.binarySearch(supplementaryAt, utf16Index);
    int pairsBefore = before >= 0 ? before : -before - 1;
    return utf16Index - pairsBefore;
  }

  /** UTF-16 index of a code point offset. */
  public int toUtf16(int codePointOffset) {
    if (codePointOffset < 0 || codePointOffset > codePointLength) {
      throw new IndexOutOfBoundsException(
          "offset " + codePointOffset + " outside 0.." + codePointLength);
    }
    int utf16 = codePointOffset;
    for (int pairStart : supplementaryAt) {
      if (pairStart < utf16) {
        utf16++;
      } else {
        break;
      }
    }
    return utf16;
  }

  /** 1-based line of a code point offset. */
  public int line(int codePointOffset) {
    int found = Arrays.binarySearch(lineStarts, codePointOffset);
    return found >= 0 ? found + 1 : -found - 1;
  }

  /** 1-based column (in code points) of a code point offset. */
  public int column(int codePointOffset) {
    return codePointOffset - lineStarts[line(codePointOffset) - 1] + 1;
  }

  /** The text between two code point offsets. */
  public String slice(int start, int end) {
    return text.substring(toUtf16(start), toUtf16(end));
  }
}
