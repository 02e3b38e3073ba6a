package io.tqc.read.bilingual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.read.DocumentSegment;
import io.tqc.read.bilingual.SegmentAligner.Alignment;
import io.tqc.read.bilingual.SegmentAligner.Unit;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentAlignerTest {

  @Test
  void sameNumberOfLinesPairsLineKWithLineKAndNumbersSegmentsByLine() {
    Alignment alignment = SegmentAligner.align("第一行。\n\n第三行。\n", "Line one.\n\n  Line 😀 three.\n",
        "zh-CN");
    assertEquals(List.of(new DocumentSegment("1", 0, 9, "第一行。", "zh-CN"),
        new DocumentSegment("3", 13, 26, "第三行。", "zh-CN")), alignment.segments());
    assertEquals("paired line by line: 2 segments", alignment.description());
  }

  @Test
  void sameNumberOfParagraphsPairsThemInOrder() {
    Alignment alignment = SegmentAligner.align("Erster Absatz.\nZweiter Absatz.",
        "First paragraph.\n\nSecond paragraph.\n", "de");
    assertEquals(List.of(new DocumentSegment("1", 0, 16, "Erster Absatz.", "de"),
        new DocumentSegment("2", 18, 35, "Zweiter Absatz.", "de")), alignment.segments());
    assertEquals("paired paragraph by paragraph: 2 segments", alignment.description());
  }

  @Test
  void twoSourceSentencesTranslatedAsOneAreOneSegment() {
    String source = "北京今年的经济增长超过了百分之五。这家公司计划明年在上海开设新工厂。"
        + "市政府宣布将在夏季开放三个新公园。";
    String target = "Beijing's economy grew by more than five percent this year.\nThe company "
        + "plans to open a new factory in Shanghai next year, the city government announced "
        + "that three new parks will open in summer.";
    Alignment alignment = SegmentAligner.align(source, target, "");
    assertEquals(List.of(
        new DocumentSegment("1", 0, 59, "北京今年的经济增长超过了百分之五。", ""),
        new DocumentSegment("2", 60, 194,
            "这家公司计划明年在上海开设新工厂。市政府宣布将在夏季开放三个新公园。", "")),
        alignment.segments());
    assertEquals("aligned by sentence length: 2 of 2 target sentences paired (1 one to one, "
        + "1 two to one or one to two)", alignment.description());
  }

  @Test
  void anAddedTargetSentenceGetsNoSourceAndTheOthersStayPaired() {
    String source = "The committee met on Monday. It discussed the budget for next year in detail. "
        + "Members approved the plan after a short debate.\nThe next meeting is in May.";
    String target = "Der Ausschuss trat am Montag zusammen.\n"
        + "Er beriet ausführlich über den Haushalt für das nächste Jahr.\n"
        + "Die Mitglieder billigten den Plan nach kurzer Debatte.\n"
        + "Weitere Einzelheiten wurden am Dienstag auf der Website des Ausschusses "
        + "veröffentlicht, zusammen mit dem vollständigen Protokoll der Sitzung.\n"
        + "Die nächste Sitzung ist im Mai.";
    Alignment alignment = SegmentAligner.align(source, target, "en");
    assertEquals(List.of(
        new DocumentSegment("1", 0, 38, "The committee met on Monday.", "en"),
        new DocumentSegment("2", 39, 100, "It discussed the budget for next year in detail.",
            "en"),
        new DocumentSegment("3", 101, 155, "Members approved the plan after a short debate.",
            "en"),
        new DocumentSegment("4", 156, 297, null, "en"),
        new DocumentSegment("5", 298, 329, "The next meeting is in May.", "en")),
        alignment.segments());
    assertEquals("aligned by sentence length: 4 of 5 target sentences paired (4 one to one, "
        + "0 two to one or one to two), 1 without a source (checked monolingually)",
        alignment.description());
  }

  @Test
  void aSourceSentenceLeftOutStaysInTheSourceOfItsParagraphsSegment() {
    String source = "Der Zug fährt um acht Uhr ab.\nTickets gibt es am Bahnhof und im Internet. "
        + "Kinder unter sechs Jahren fahren kostenlos mit.\nDer Zug hält in Köln.";
    String target = "The train leaves at eight.\nTickets are sold at the station and online.\n\n"
        + "The train stops in Cologne.";
    Alignment alignment = SegmentAligner.align(source, target, "de");
    assertEquals(List.of(
        new DocumentSegment("1", 0, 26, "Der Zug fährt um acht Uhr ab.", "de"),
        new DocumentSegment("2", 27, 70, "Tickets gibt es am Bahnhof und im Internet. "
            + "Kinder unter sechs Jahren fahren kostenlos mit.", "de"),
        new DocumentSegment("3", 72, 99, "Der Zug hält in Köln.", "de")), alignment.segments());
    assertEquals("paired paragraph by paragraph: 3 segments",
        alignment.description());
  }

  @Test
  void deviationIsMeasuredAgainstTheTextsOwnLengthRatio() {
    assertEquals(0.0, SegmentAligner.deviation(10, 30, 3.0), 1e-9);
    assertEquals(50 / Math.sqrt(35 * 6.8), SegmentAligner.deviation(10, 60, 1.0), 1e-9);
    List<int[]> beads = SegmentAligner.beads(List.of(new Unit(0, 10, 10)),
        List.of(new Unit(0, 30, 30)));
    assertEquals(1, beads.size());
    assertArrayEquals(new int[] {0, 1, 0, 1}, beads.get(0));
  }
}
