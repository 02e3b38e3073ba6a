package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

/**
 * A check stopped by its time limit ends as cancelled wherever LanguageTool is when the limit
 * passes. LanguageTool 6.8 itself, cancelled while it analyses a text's sentences, fails with
 * {@code IndexOutOfBoundsException: Index N out of bounds for length N}: a 5 MB article checked
 * with a 30 s limit ended as an internal error instead of a time-limit error.
 */
class CancelledCheckTest {
  private static final Language EN = Languages.getLanguageForShortCode("en-US");

  /** Three sentences; the middle one has a grammar error LanguageTool flags. */
  private static String text(int variant) {
    return "The first sentence is here. He go to school on day " + variant
        + ". The third one ends the text.";
  }

  /** Cancels when LanguageTool is about to analyse the sentence at this 0-based index. */
  private static JLanguageTool.CheckCancelledCallback cancelBeforeAnalysing(int sentence) {
    AtomicInteger analysed = new AtomicInteger();
    return () -> askedByAnalysis() && analysed.getAndIncrement() >= sentence;
  }

  /** True when LanguageTool's sentence analysis asks, not its disambiguator or its rules. */
  private static boolean askedByAnalysis() {
    return StackWalker.getInstance().walk(frames -> frames
        .dropWhile(frame -> !frame.getClassName().startsWith("org.languagetool."))
        .findFirst()
        .map(frame -> frame.getClassName().equals(JLanguageTool.class.getName())
            && frame.getMethodName().equals("analyzeSentences"))
        .orElse(false));
  }

  @Test
  void aCheckCancelledAfterTheFirstOfThreeSentencesWasAnalysedEndsAsCancelled()
      throws Exception {
    LanguageToolSession session = TestCheckers.POOL.session(EN);

    LanguageToolSession.Output output = session.check(text(1), cancelBeforeAnalysing(1));

    assertTrue(output.cancelled());
    assertEquals(List.of(), output.matches());
    assertEquals(List.of(), output.sentences());
  }

  @Test
  void aCheckCancelledBeforeAnyOrAfterAllAnalysisEndsAsCancelled() throws Exception {
    LanguageToolSession session = TestCheckers.POOL.session(EN);

    assertTrue(session.check(text(2), cancelBeforeAnalysing(0)).cancelled());
    assertTrue(session.check(text(3), cancelBeforeAnalysing(2)).cancelled());
  }

  @Test
  void theSessionChecksCompletelyAgainAfterACancelledCheck() throws Exception {
    LanguageToolSession session = TestCheckers.POOL.session(EN);
    session.check(text(4), cancelBeforeAnalysing(1));

    LanguageToolSession.Output output = session.check(text(4), () -> false);

    assertFalse(output.cancelled());
    assertEquals(3, output.sentences().size());
    assertEquals(List.of("HE_VERB_AGR@31-33"), described(output.matches()));
  }

  /**
   * Cancelled at the k-th time LanguageTool asks, for k spread over a whole check (analysis,
   * sentence rules, text-level rules): never an exception, and never a part of the matches
   * passed off as complete.
   */
  @Test
  void aCheckCancelledAtAnyPointEndsAsCancelled() throws Exception {
    LanguageToolSession session = TestCheckers.POOL.session(EN);
    session.check(text(5), () -> false);
    AtomicInteger asked = new AtomicInteger();
    LanguageToolSession.Output whole = session.check(text(6), () -> {
      asked.incrementAndGet();
      return false;
    });
    assertFalse(whole.cancelled());
    int questions = asked.get();
    assertTrue(questions > 10, "LanguageTool asked only " + questions + " times");

    List<Integer> cancelPoints = new ArrayList<>();
    for (int k = 1; k < questions; k = k < 8 ? k + 1 : k * 2) {
      cancelPoints.add(k);
    }
    cancelPoints.add(questions - 1);
    int variant = 100;
    int cancelled = 0;
    for (int k : cancelPoints) {
      AtomicInteger count = new AtomicInteger();
      // a sentence new to the shared sentence cache, so every rule runs again
      LanguageToolSession.Output output = session.check(text(variant++),
          () -> count.incrementAndGet() > k);
      // A text may take a question or two fewer than the one counted: its last point may pass.
      boolean answeredYes = count.get() > k;
      assertEquals(answeredYes, output.cancelled(), "cancelled at question " + k);
      if (answeredYes) {
        cancelled++;
        assertEquals(List.of(), output.matches(), "cancelled at question " + k);
      } else {
        assertEquals(List.of("HE_VERB_AGR@31-33"), described(output.matches()));
      }
    }
    assertTrue(cancelled >= cancelPoints.size() - 1,
        cancelled + " of " + cancelPoints.size() + " checks cancelled");
  }

  private static List<String> described(List<RuleMatch> matches) {
    return matches.stream()
        .map(m -> m.getRule().getId() + "@" + m.getFromPos() + "-" + m.getToPos()).toList();
  }
}
