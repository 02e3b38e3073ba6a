package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Category;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.Segmentation;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SideBySideTest {
  /** Three segments, one line each, and a line between them that is no segment. */
  private static final String TEXT = "Guten Tag.\nDas ist gut.\nNotiz\nDanke sehr.";

  private static Document bilingual() {
    return Document.of("t.xlf", TEXT, "application/xliff+xml", "", false).withSegmentation(
        new Segmentation(List.of(
            new DocumentSegment("a", 0, 10, "Good day.", "en"),
            new DocumentSegment("b", 11, 23, "This is <good>.", "en"),
            new DocumentSegment("gone", 23, 23, "Left out.", "en"),
            new DocumentSegment("c", 30, 41, null, "")), "de-DE", ""));
  }

  private static Finding finding(int start, int end, Category category, Severity severity) {
    return new Finding("t.xlf", "de-DE", 1, start + 1, start, end, "RULE", "builtin", category,
        severity, "m", List.of(), "", "");
  }

  private static List<SegmentRow> rows(Document document, Finding... findings) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < findings.length; i++) {
      ids.add("f" + i);
    }
    return SideBySide.rows(document, List.of(findings), ids);
  }

  private static TextPiece marked(String text, String severity, String ids, String title) {
    return new TextPiece(text, severity, ids, title, false);
  }

  @Test
  void eachSegmentIsARowWithItsSourceAndItsTargetFindingsCutToIt() {
    List<SegmentRow> rows = rows(bilingual(),
        finding(6, 14, Category.GRAMMAR, Severity.MINOR),
        finding(23, 23, new Category("Accuracy", "Omission"), Severity.MAJOR),
        finding(24, 29, Category.SPELLING, Severity.MINOR));

    String grammar = "minor \u00b7 Fluency/Grammar: m";
    assertEquals(List.of(
        new SegmentRow("a", "Good day.", "", "", List.of(TextPiece.plain("Guten "),
            marked("Tag.", "minor", "f0", grammar))),
        new SegmentRow("b", "This is <good>.", "", "", List.of(
            marked("Das", "minor", "f0", grammar), TextPiece.plain(" ist gut."))),
        new SegmentRow("gone", "Left out.", "f1",
            "This segment has 1 Accuracy finding; where the error lies in the source is not "
                + "marked.",
            List.of(new TextPiece("", "major", "f1", "major \u00b7 Accuracy/Omission: m",
                true))),
        new SegmentRow("", null, "", "", List.of(
            marked("Notiz", "minor", "f2", "minor \u00b7 Fluency/Spelling: m"))),
        new SegmentRow("c", null, "", "", List.of(TextPiece.plain("Danke sehr.")))), rows);
  }

  @Test
  void textBetweenSegmentsIsARowOnlyWhenItHasWordsOrAFindingOfItsOwn() {
    Document document = Document.of("t.xlf", "Eins.\n\nZwei.", "text/plain", "", false)
        .withSegmentation(new Segmentation(List.of(new DocumentSegment("1", 0, 5, "One.", ""),
            new DocumentSegment("2", 7, 12, "Two.", "")), "", ""));

    assertEquals(List.of("1", "2"), rows(document).stream().map(SegmentRow::id).toList());
    assertEquals(List.of(
            new SegmentRow("1", "One.", "", "", List.of(TextPiece.plain("Eins."))),
            new SegmentRow("", null, "", "", List.of(marked("\n\n", "minor", "f0",
                "minor \u00b7 Fluency/Punctuation: m"))),
            new SegmentRow("2", "Two.", "", "", List.of(TextPiece.plain("Zwei.")))),
        rows(document, finding(5, 7, Category.PUNCTUATION, Severity.MINOR)));
  }

  @Test
  void aMonolingualDocumentHasNoRows() {
    Document plain = Document.of("t.txt", TEXT, "text/plain", "", false);
    assertEquals(List.of(), rows(plain, finding(0, 5, Category.SPELLING, Severity.MINOR)));
  }
}
