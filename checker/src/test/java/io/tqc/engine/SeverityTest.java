package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SeverityTest {

  private static Finding finding(Severity severity) {
    return new Finding("a.txt", "en-US", 1, 1, 0, 3, "RULE_" + severity.name(), "builtin",
        Category.AWKWARD, severity, "message", List.of(), "abc", "abc def");
  }

  @Test
  void neutralWeighsNothingAndRanksBelowMinor() {
    assertEquals(0, Severity.NEUTRAL.weight());
    assertEquals(Severity.NEUTRAL, Severity.parse(" Neutral "));
    assertFalse(Severity.NEUTRAL.atLeast(Severity.MINOR));
    assertTrue(Severity.MINOR.atLeast(Severity.NEUTRAL));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Severity.parse("info"));
    assertEquals("unknown severity 'info' (expected critical, major, minor or neutral)",
        e.getMessage());
  }

  @Test
  void neutralFindingsAreCountedButAddNoPenalty() {
    DocumentResult result = new DocumentResult("a.txt", null, "en-US", 200,
        List.of(finding(Severity.NEUTRAL), finding(Severity.NEUTRAL), finding(Severity.MINOR)),
        null, 0);
    assertEquals(2, result.count(Severity.NEUTRAL));
    assertEquals(1, result.penalty());
    assertEquals(5.0, result.penaltyPer1000Words());
    assertEquals(VerdictPolicy.Verdict.PASS,
        new VerdictPolicy(VerdictPolicy.DEFAULT_PASS_MAX, VerdictPolicy.DEFAULT_FAIL_MIN)
            .verdict(result));
  }
}
