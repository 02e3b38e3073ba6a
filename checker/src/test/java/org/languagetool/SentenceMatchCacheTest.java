package org.languagetool;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;

class SentenceMatchCacheTest {
  /** Flags "zork", with a suggestion that counts how often it is worked out. */
  private static final class ZorkRule extends Rule {
    final List<String> sentencesChecked = new ArrayList<>();
    final AtomicInteger suggestionsWorkedOut = new AtomicInteger();

    @Override
    public String getId() {
      return "TEST_ZORK";
    }

    @Override
    public String getDescription() {
      return "flags zork";
    }

    @Override
    public RuleMatch[] match(AnalyzedSentence sentence) {
      sentencesChecked.add(sentence.getText().strip());
      int at = sentence.getText().indexOf("zork");
      if (at < 0) {
        return RuleMatch.EMPTY_ARRAY;
      }
      RuleMatch match = new RuleMatch(this, sentence, at, at + 4, "no zork");
      match.setLazySuggestedReplacements(() -> {
        suggestionsWorkedOut.incrementAndGet();
        return List.of(new SuggestedReplacement("cork"));
      });
      return new RuleMatch[] {match};
    }
  }

  private final ZorkRule rule = new ZorkRule();
  private final JLanguageTool languageTool = newLanguageTool(rule);

  private static JLanguageTool newLanguageTool(Rule rule) {
    JLanguageTool languageTool = new JLanguageTool(Languages.getLanguageForShortCode("en-US"),
        null, new SentenceMatchCache(100));
    languageTool.disableRules(languageTool.getAllRules().stream().map(Rule::getId).toList());
    languageTool.addRule(rule);
    return languageTool;
  }

  @Test
  void cachingAMatchDoesNotWorkOutItsSuggestions() throws IOException {
    List<Integer> workedOutWhenFound = new ArrayList<>();
    languageTool.check("The zork is here.",
        match -> workedOutWhenFound.add(rule.suggestionsWorkedOut.get()));
    assertEquals(List.of(0), workedOutWhenFound);
  }

  @Test
  void aCachedSentenceIsNotCheckedAgainAndItsMatchMovesWithIt() throws IOException {
    List<RuleMatch> first = languageTool.check("The zork is here.");
    List<RuleMatch> second = languageTool.check("Hello there. The zork is here.");

    assertEquals(List.of("The zork is here.", "Hello there."), rule.sentencesChecked);
    assertEquals(1, first.size());
    assertEquals(List.of(4, 8), List.of(first.get(0).getFromPos(), first.get(0).getToPos()));
    assertEquals(1, second.size());
    assertEquals(List.of(17, 21), List.of(second.get(0).getFromPos(), second.get(0).getToPos()));
    assertEquals(List.of("cork"), second.get(0).getSuggestedReplacements());
    assertEquals(List.of("cork"), first.get(0).getSuggestedReplacements());
    // Both matches come from one check of the sentence: its suggestions are worked out once.
    assertEquals(1, rule.suggestionsWorkedOut.get());
  }
}
