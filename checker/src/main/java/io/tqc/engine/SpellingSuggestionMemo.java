package io.tqc.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Works out a spell checker's suggestions once per misspelt word and run. Finding them (a search
 * of the dictionary within an edit distance) costs more than the rest of spell checking, and
 * LanguageTool asks for them on every spelling match, while a name or a garbled transliteration
 * comes back in every article that covers the same story. LanguageTool's spell checker keeps
 * recent words' suggestions too, but each worker has its own; this memo is shared by all.
 */
final class SpellingSuggestionMemo {
  /** Bounds the memory of a very large audit; words beyond this are not remembered. */
  private static final int MAX_WORDS = 20_000;

  private record Word(String language, String ruleId, String text) {}

  private final Map<Word, List<SuggestedReplacement>> byWord = new ConcurrentHashMap<>();

  /**
   * Makes a spelling match take its suggestions from this memo; other matches are left alone.
   * Called as LanguageTool finds each match, before anything asks for its suggestions.
   *
   * @param text the text the match was found in, with the match's offsets
   */
  void share(RuleMatch match, String language, String text) {
    if (!(match.getRule() instanceof SpellingCheckRule)) {
      return;
    }
    Word word = new Word(language, match.getRule().getId(),
        text.substring(match.getFromPos(), match.getToPos()));
    // A copy keeps the match's own way of computing them; the match itself is redirected here.
    RuleMatch original = new RuleMatch(match);
    match.setLazySuggestedReplacements(
        () -> lookUp(word, original::getSuggestedReplacementObjects));
  }

  private List<SuggestedReplacement> lookUp(Word word,
      Supplier<List<SuggestedReplacement>> compute) {
    List<SuggestedReplacement> known = byWord.get(word);
    if (known == null) {
      known = List.copyOf(compute.get());
      if (byWord.size() < MAX_WORDS) {
        byWord.putIfAbsent(word, known);
      }
    }
    // LanguageTool may edit the replacements it is given; each match gets its own.
    List<SuggestedReplacement> copies = new ArrayList<>(known.size());
    for (SuggestedReplacement replacement : known) {
      copies.add(new SuggestedReplacement(replacement));
    }
    return copies;
  }
}
