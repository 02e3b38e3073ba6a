package io.tqc.custom;

import static io.tqc.custom.PackFixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.Deadline;
import io.tqc.engine.Finding;
import io.tqc.engine.Rule;
import io.tqc.engine.TimeLimitExceededException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PhraseAndRegexRulesTest {
  @TempDir
  Path root;

  private Rule rule(String row) throws Exception {
    return PackFixtures.only(PackFixtures.load(PackFixtures.write(root, "en", "t.csv",
        HEADER + row + "\n")));
  }

  @Test
  void phraseToleratesLineBreaksExtraSpacesCaseAndTypographicApostrophes() throws Exception {
    Rule rule = rule("P,phrase,it's been reported,Msg,,Style/Awkward,minor,,,,");
    String text = "It\u2019s  been\nreported. it's been reported. its been reported.";
    assertEquals(List.of("0-19 It\u2019s  been\nreported", "21-39 it's been reported"),
        PackFixtures.spans(PackFixtures.findingsWithin(rule, text, Deadline.NONE)));
  }

  @Test
  void phraseMatchesWholeWordsOnly() throws Exception {
    Rule rule = rule("P,phrase,has not involved,Msg,,Style/Awkward,minor,,,,");
    assertEquals(List.of("22-38 has not involved"), PackFixtures.spans(
        PackFixtures.findingsWithin(rule, "Rehas not involvedly; has not involved.",
            Deadline.NONE)));
  }

  @Test
  void caseSensitivePhraseIgnoresOtherCase() throws Exception {
    Rule rule = rule("P,phrase,In the end,,Msg,Style/Awkward,minor,sensitive,,,"
        .replace(",,Msg", ",Msg,"));
    assertEquals(List.of("0-10 In the end"), PackFixtures.spans(PackFixtures.findingsWithin(
        rule, "In the end, we won in the end.", Deadline.NONE)));
  }

  @Test
  void phraseGapSkipsUpToFourWordsWithinASentence() throws Exception {
    Rule rule = rule("P,phrase,relieve ... costs,Msg,,Style/Awkward,minor,,,,");
    String text = "It will relieve the high operating costs. Relieve it. Costs rose. "
        + "Relieve one two three four five costs.";
    assertEquals(List.of("8-40 relieve the high operating costs"),
        PackFixtures.spans(PackFixtures.findingsWithin(rule, text, Deadline.NONE)));
  }

  @Test
  void phraseGapMayStartAfterACommaOrDash() throws Exception {
    Rule rule = rule("P,phrase,in addition ... also,Msg,,Style/Awkward,minor,,,,");
    String text = "In addition, the strike also hit ports. In addition \u2013 also. "
        + "In addition, also. In addition. The strike also hit.";
    assertEquals(List.of("0-28 In addition, the strike also", "40-58 In addition \u2013 also",
        "60-77 In addition, also"),
        PackFixtures.spans(PackFixtures.findingsWithin(rule, text, Deadline.NONE)));
  }

  @Test
  void regexSuggestionUsesCaptureGroupsAndSpansCountCodePoints() throws Exception {
    Rule rule = rule("R,regex,(\\d+) pct,Msg,$1 per cent|$1%,Style/Awkward,minor,,,,");
    List<Finding> findings = PackFixtures.findingsWithin(rule, "\uD83D\uDE00 up 5 pct",
        Deadline.NONE);
    assertEquals(1, findings.size());
    assertEquals(5, findings.get(0).start());
    assertEquals(10, findings.get(0).end());
    assertEquals(List.of("5 per cent", "5%"), findings.get(0).suggestions());
    assertEquals("R", findings.get(0).ruleId());
  }

  @Test
  void catastrophicRegexIsStoppedAtTheDeadline() throws Exception {
    Rule rule = rule("RUNAWAY,regex,(a+)+$,Msg,,Style/Awkward,minor,sensitive,,,");
    String text = "a".repeat(50_000) + "b";
    Deadline deadline = new Deadline(System.nanoTime() + 300_000_000L,
        "checking took longer than 0.3 s");
    long started = System.nanoTime();
    TimeLimitExceededException stopped = assertThrows(TimeLimitExceededException.class,
        () -> PackFixtures.findingsWithin(rule, text, deadline));
    long millis = (System.nanoTime() - started) / 1_000_000;
    assertTrue(millis < 5_000, "stopped after " + millis + " ms");
    String source = RulePackLoader.display(root.resolve("rules/en/t.csv"));
    assertEquals("rule RUNAWAY (" + source + ":2) was stopped: checking took longer than 0.3 s",
        stopped.getMessage());
  }
}
