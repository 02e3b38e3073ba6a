package org.languagetool;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.rules.RuleMatch;

/**
 * LanguageTool's sentence cache, keeping each sentence's matches as they are instead of
 * serialised. LanguageTool's own cache encodes every match it stores, which asks each spelling
 * match for its suggestions: the most expensive step of spell checking, done even for alarms
 * that tqc then silences, and again for every occurrence of a word. Kept as matches, the
 * suggestions stay lazy (LanguageTool memoises them per match), and tqc's
 * {@code io.tqc.engine.SpellingSuggestionMemo} asks for them once per misspelt word.
 *
 * <p>Analysed sentences are still cached by LanguageTool's code. Matches are copied in and out
 * because LanguageTool moves a match's offsets to its place in the document after the lookup.
 * The class lives in LanguageTool's package because the cache's key, {@code InputSentence}, is
 * package-private; it is tqc's only class there.
 */
public final class SentenceMatchCache extends ResultCache {
  private final Cache<InputSentence, List<RuleMatch>> matches;

  public SentenceMatchCache(long maxSentences) {
    super(maxSentences);
    this.matches = CacheBuilder.newBuilder().maximumSize(maxSentences).build();
  }

  @Override
  public List<RuleMatch> getIfPresent(InputSentence sentence) {
    List<RuleMatch> cached = matches.getIfPresent(sentence);
    return cached == null ? null : copies(cached);
  }

  /**
   * Stores a sentence's matches. LanguageTool calls this after every lookup, hits included: a
   * sentence already stored keeps its entry rather than being copied again.
   */
  @Override
  public void put(InputSentence sentence, List<RuleMatch> sentenceMatches) {
    if (matches.getIfPresent(sentence) == null) {
      matches.put(sentence, copies(sentenceMatches));
    }
  }

  private static List<RuleMatch> copies(List<RuleMatch> sentenceMatches) {
    List<RuleMatch> copies = new ArrayList<>(sentenceMatches.size());
    for (RuleMatch match : sentenceMatches) {
      copies.add(new RuleMatch(match));
    }
    return copies;
  }
}
