package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

class SpellingSuggestionMemoTest {
  private static final String TEXT = "Elopp met Elopp and Elopq.";
  private final SpellingSuggestionMemo memo = new SpellingSuggestionMemo();
  private final AtomicInteger workedOut = new AtomicInteger();

  private RuleMatch match(Rule rule, int from, int to) {
    RuleMatch match = new RuleMatch(rule, null, from, to, "spelling");
    String word = TEXT.substring(from, to);
    match.setLazySuggestedReplacements(() -> {
      workedOut.incrementAndGet();
      return List.of(new SuggestedReplacement(word.replace("pp", "p").replace("pq", "p")),
          new SuggestedReplacement("elope"));
    });
    memo.share(match, "en-US", TEXT);
    return match;
  }

  private static Rule speller() {
    return TestCheckers.POOL.session(Languages.getLanguageForShortCode("en-US")).languageTool()
        .getAllSpellingCheckRules().get(0);
  }

  @Test
  void aWordsSuggestionsAreWorkedOutOncePerRun() {
    Rule speller = speller();
    RuleMatch first = match(speller, 0, 5);
    RuleMatch again = match(speller, 10, 15);
    RuleMatch other = match(speller, 20, 25);

    assertEquals(List.of("Elop", "elope"), first.getSuggestedReplacements());
    assertEquals(List.of("Elop", "elope"), again.getSuggestedReplacements());
    assertEquals(1, workedOut.get());
    assertEquals(List.of("Elop", "elope"), other.getSuggestedReplacements());
    assertEquals(2, workedOut.get());
  }

  @Test
  void otherRulesKeepTheirOwnSuggestions() {
    Rule notASpeller = TestCheckers.POOL.session(Languages.getLanguageForShortCode("en-US"))
        .languageTool().getAllRules().stream()
        .filter(rule -> rule.getId().equals("ENGLISH_WORD_REPEAT_RULE")).findFirst().orElseThrow();
    match(notASpeller, 0, 5).getSuggestedReplacements();
    match(notASpeller, 10, 15).getSuggestedReplacements();
    assertEquals(2, workedOut.get());
  }
}
