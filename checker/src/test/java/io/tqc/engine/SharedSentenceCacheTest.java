package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * The workers share one cache of sentence matches, but LanguageTool's rules belong to one thread:
 * a spelling match found by one worker must never make another worker run the first one's spell
 * checker (which is not thread-safe) when its suggestions are asked for.
 */
class SharedSentenceCacheTest {
  private static final Language EN = Languages.getLanguageForShortCode("en-US");
  private static final String MISSPELT = "Nokia will develop the Windowz Phone system.";
  private static final String UNGRAMMATICAL = "He go to school every day.";

  /** Checks a text on a thread of its own, as a worker would, without asking for suggestions. */
  private static List<RuleMatch> checkOnNewThread(LanguageToolPool pool, String text)
      throws Exception {
    ExecutorService worker = Executors.newSingleThreadExecutor();
    try {
      return worker.submit(() -> pool.session(EN).check(text, () -> false).matches()).get();
    } finally {
      worker.shutdown();
    }
  }

  private static Rule ownRule(LanguageToolPool pool, String id) {
    return pool.session(EN).languageTool().getAllActiveRules().stream()
        .filter(rule -> rule.getId().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void aSpellingMatchIsWorkedOutByTheSpellCheckerOfTheThreadThatAsks() throws Exception {
    LanguageToolPool pool = new LanguageToolPool(session -> { });
    List<RuleMatch> first = checkOnNewThread(pool, MISSPELT);
    List<RuleMatch> again = pool.session(EN).check(MISSPELT, () -> false).matches();

    assertEquals(1, first.size());
    assertEquals(1, again.size());
    RuleMatch match = again.get(0);
    assertEquals("MORFOLOGIK_RULE_EN_US", match.getRule().getId());
    assertEquals(23, match.getFromPos());
    assertEquals(30, match.getToPos());
    // Found again by this thread's own speller, not served with the other thread's.
    assertNotSame(first.get(0).getRule(), match.getRule());
    assertSame(ownRule(pool, "MORFOLOGIK_RULE_EN_US"), match.getRule());
    assertEquals("Window", match.getSuggestedReplacements().get(0));
    assertEquals(first.get(0).getSuggestedReplacements(), match.getSuggestedReplacements());
  }

  @Test
  void sentencesWithoutSpellingMatchesAreSharedBetweenThreads() throws Exception {
    LanguageToolPool pool = new LanguageToolPool(session -> { });
    List<RuleMatch> first = checkOnNewThread(pool, UNGRAMMATICAL);
    List<RuleMatch> again = pool.session(EN).check(UNGRAMMATICAL, () -> false).matches();

    assertEquals(1, again.size());
    RuleMatch match = again.get(0);
    assertEquals(3, match.getFromPos());
    assertEquals(5, match.getToPos());
    // Served from the cache: the match still names the rule instance that found it first.
    assertSame(first.get(0).getRule(), match.getRule());
    assertEquals(first.get(0).getSuggestedReplacements(), match.getSuggestedReplacements());
    assertNotSame(first.get(0).getSuggestedReplacementObjects().get(0),
        match.getSuggestedReplacementObjects().get(0));
  }

  /** What a worker reports of a match: rule, span and suggestions. */
  private static List<String> described(List<RuleMatch> matches) {
    List<String> out = new ArrayList<>();
    for (RuleMatch m : matches) {
      out.add(m.getRule().getId() + " " + m.getFromPos() + "-" + m.getToPos() + " "
          + m.getSuggestedReplacements());
    }
    return out;
  }

  @Test
  void workersCheckingTheSameSentencesAtOnceReportWhatOneWorkerAloneReports()
      throws Exception {
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      // Misspellings differ between texts, so that suggestions are worked out during the run.
      texts.add(MISSPELT + " " + UNGRAMMATICAL + " The Elopp" + i + "x deal was signd. "
          + "Analysts expect the Nokkia" + (char) ('a' + i) + " brand to grow.");
    }
    List<List<String>> alone = new ArrayList<>();
    LanguageToolPool single = new LanguageToolPool(session -> { });
    for (String text : texts) {
      alone.add(described(single.session(EN).check(text, () -> false).matches()));
    }

    LanguageToolPool shared = new LanguageToolPool(session -> { });
    ExecutorService workers = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<String>>>> runs = new ArrayList<>();
      for (int w = 0; w < 4; w++) {
        int offset = w;
        Callable<List<List<String>>> run = () -> {
          List<List<String>> found = new ArrayList<>();
          for (int round = 0; round < 3; round++) {
            for (int i = 0; i < texts.size(); i++) {
              // Each worker walks the texts from another starting point.
              int k = (i + offset * 3) % texts.size();
              found.add(described(shared.session(EN).check(texts.get(k), () -> false)
                  .matches()));
            }
          }
          return found;
        };
        runs.add(workers.submit(run));
      }
      for (int w = 0; w < runs.size(); w++) {
        List<List<String>> found = runs.get(w).get();
        for (int j = 0; j < found.size(); j++) {
          int k = (j % texts.size() + w * 3) % texts.size();
          assertEquals(alone.get(k), found.get(j), "worker " + w + ", text " + k);
        }
      }
    } finally {
      workers.shutdown();
    }
  }
}
