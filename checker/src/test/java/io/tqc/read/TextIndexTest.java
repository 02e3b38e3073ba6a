package io.tqc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextIndexTest {

  @Test
  void linesAndColumnsAreOneBasedAndCountCodePoints() {
    TextIndex index = new TextIndex("ab\ncd\r\nef\rgh");
    assertEquals(1, index.line(0));
    assertEquals(1, index.column(0));
    assertEquals(2, index.line(3));
    assertEquals(1, index.column(3));
    assertEquals(2, index.column(4));
    assertEquals(3, index.line(7));
    assertEquals(4, index.line(10));
    assertEquals(2, index.column(11));
  }

  @Test
  void supplementaryCharactersCountAsOneCodePoint() {
    String text = "a\uD83D\uDE00b\uD840\uDC00c";
    TextIndex index = new TextIndex(text);
    assertEquals(5, index.length());
    assertEquals(2, index.toCodePoint(3));
    assertEquals(4, index.toCodePoint(6));
    assertEquals(3, index.toUtf16(2));
    assertEquals(6, index.toUtf16(4));
    assertEquals("b\uD840\uDC00", index.slice(2, 4));
    assertEquals(5, index.column(4));
  }
}
