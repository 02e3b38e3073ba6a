package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Category;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HighlightedTextTest {
  private static Finding finding(int start, int end, Category category, Severity severity,
      String message) {
    return new Finding("f.txt", "en-US", 1, start + 1, start, end, "RULE", "builtin", category,
        severity, message, List.of(), "", "");
  }

  private static List<TextPiece> pieces(String text, Finding... findings) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < findings.length; i++) {
      ids.add("r" + i);
    }
    return HighlightedText.pieces(text, new TextIndex(text), List.of(findings), ids);
  }

  @Test
  void overlapsSplitTheTextAndEachPieceNamesAllItsFindingsColouredByTheWorst() {
    List<TextPiece> pieces = pieces("abcdef",
        finding(1, 4, Category.SPELLING, Severity.MINOR, "mA"),
        finding(2, 5, Category.GRAMMAR, Severity.MAJOR, "mB"),
        finding(3, 3, Category.MISTRANSLATION, Severity.CRITICAL, "mC"));
    assertEquals(List.of(
        TextPiece.plain("a"),
        new TextPiece("b", "minor", "r0", "minor \u00b7 Fluency/Spelling: mA", false),
        new TextPiece("c", "major", "r0 r1",
            "minor \u00b7 Fluency/Spelling: mA\nmajor \u00b7 Fluency/Grammar: mB", false),
        new TextPiece("", "critical", "r2", "critical \u00b7 Accuracy/Mistranslation: mC", true),
        new TextPiece("d", "major", "r0 r1",
            "minor \u00b7 Fluency/Spelling: mA\nmajor \u00b7 Fluency/Grammar: mB", false),
        new TextPiece("e", "major", "r1", "major \u00b7 Fluency/Grammar: mB", false),
        TextPiece.plain("f")), pieces);
  }

  @Test
  void neutralAdviceKeepsItsOwnColourAloneAndLosesToAnyOtherSeverity() {
    List<TextPiece> pieces = pieces("one two three",
        finding(0, 7, Category.AWKWARD, Severity.NEUTRAL, "style"),
        finding(4, 7, Category.SPELLING, Severity.MINOR, "typo"));
    assertEquals(List.of(
        new TextPiece("one ", "neutral", "r0", "neutral \u00b7 Style/Awkward: style", false),
        new TextPiece("two", "minor", "r0 r1",
            "neutral \u00b7 Style/Awkward: style\nminor \u00b7 Fluency/Spelling: typo", false),
        TextPiece.plain(" three")), pieces);
  }

  @Test
  void offsetsAreCodePointsAndControlCharactersAreReplaced() {
    List<TextPiece> pieces = pieces("\uD83D\uDE00ab\u0007",
        finding(1, 2, Category.SPELLING, Severity.MINOR, "m"));
    assertEquals(List.of(TextPiece.plain("\uD83D\uDE00"),
        new TextPiece("a", "minor", "r0", "minor \u00b7 Fluency/Spelling: m", false),
        TextPiece.plain("b\uFFFD")), pieces);
  }
}
