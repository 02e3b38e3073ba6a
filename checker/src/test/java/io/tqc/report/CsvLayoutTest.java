package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Category;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvLayoutTest {
  private static final Finding FINDING = new Finding("a.txt", "en-US", 2, 3, 10, 14, "RULE_X",
      "builtin", new Category("Fluency", "Grammar"), Severity.MAJOR, "Say this", List.of("a", "b"),
      "=SUM(A1)", "context");

  @Test
  void findingsLayoutGivesFindingsCsvHeadersAndOneNeutralisedRowPerFinding() {
    CsvLayout<Finding> layout = CsvLayout.findings();
    assertEquals(List.of("file", "language", "line", "column", "start", "end", "rule_id",
        "rule_source", "category", "severity", "message", "suggestions", "text", "context",
        "segment", "source"), layout.headers());
    List<String[]> rows = layout.cells(new DocumentResult("a.txt", null, "en-US", 100,
        List.of(FINDING, FINDING.withSegment("u1", "Quelle")), null, 0));
    assertEquals(2, rows.size());
    assertArrayEquals(new String[] {"a.txt", "en-US", "2", "3", "10", "14", "RULE_X", "builtin",
        "Fluency/Grammar", "major", "Say this", "a|b", "'=SUM(A1)", "context", "", ""},
        rows.get(0));
    assertEquals("u1", rows.get(1)[14]);
    assertEquals("Quelle", rows.get(1)[15]);
  }

  @Test
  void summaryLayoutGivesOneRowPerResultWithVerdictOrError() {
    CsvLayout<DocumentResult> layout = CsvLayout.summary(new VerdictPolicy(10, 25));
    assertEquals(List.of("file", "language", "words", "findings", "critical", "major", "minor",
        "penalty_per_1000_words", "verdict", "error", "note"), layout.headers());
    assertArrayEquals(new String[] {"a.txt", "en-US", "400", "1", "0", "1", "0", "12.50",
        "review", "", ""},
        layout.cells(new DocumentResult("a.txt", null, "en-US", 400, List.of(FINDING), null, 0))
            .get(0));
    List<String[]> failed = layout.cells(DocumentResult.failed("b.doc", null, "", "broken"));
    assertEquals(1, failed.size());
    assertArrayEquals(new String[] {"b.doc", "", "0", "0", "0", "0", "0", "", "",
        "broken", ""}, failed.get(0));
  }
}
