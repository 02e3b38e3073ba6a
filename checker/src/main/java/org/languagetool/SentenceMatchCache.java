package org.languagetool;

import com.google.common.cache.Cache;
import com.google.common.cache.CacheBuilder;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.SuggestedReplacement;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * LanguageTool's sentence cache, keeping each sentence's matches as they are instead of
 * serialised. LanguageTool's own cache encodes every match it stores, which asks each spelling
 * match for its suggestions: the most expensive step of spell checking, done even for alarms
 * that tqc then silences, and again for every occurrence of a word. Kept as matches, the
 * suggestions stay lazy (LanguageTool memoises them per match), and tqc's
 * {@code io.tqc.engine.SpellingSuggestionMemo} asks for them once per misspelt word.
 *
 * <p>The workers share the cache, but not LanguageTool's rules: a JLanguageTool and its rules
 * belong to one thread. A spelling match works out its suggestions later, with the spell checker
 * of the thread that found it, so a sentence with a spelling match is served only to that thread;
 * another thread checks it again with its own rules (the same matches, found again). Every other
 * match carries its suggestions already, and each thread gets its own copies of them. Matches are
 * copied in and out because LanguageTool moves a match's offsets to its place in the document
 * after the lookup.
 *
 * <p>The class lives in LanguageTool's package because the cache's key, {@code InputSentence}, is
 * package-private; it is tqc's only class there.
 */
public final class SentenceMatchCache extends ResultCache {
  /** A sentence's matches and the thread whose rules found them. */
  private record Entry(Thread finder, List<RuleMatch> matches, boolean spellingMatches) {}

  private final Cache<InputSentence, Entry> entries;

  public SentenceMatchCache(long maxSentences) {
    super(maxSentences);
    this.entries = CacheBuilder.newBuilder().maximumSize(maxSentences).build();
  }

  @Override
  public List<RuleMatch> getIfPresent(InputSentence sentence) {
    Entry entry = entries.getIfPresent(sentence);
    if (entry == null
        || (entry.spellingMatches() && entry.finder() != Thread.currentThread())) {
      return null;
    }
    return copies(entry.matches());
  }

  /**
   * Stores a sentence's matches. LanguageTool calls this after every lookup, hits included: a
   * sentence already stored keeps its entry rather than being copied again.
   */
  @Override
  public void put(InputSentence sentence, List<RuleMatch> sentenceMatches) {
    if (entries.getIfPresent(sentence) == null) {
      boolean spelling = sentenceMatches.stream().anyMatch(SentenceMatchCache::isSpelling);
      entries.put(sentence, new Entry(Thread.currentThread(), copies(sentenceMatches), spelling));
    }
  }

  private static boolean isSpelling(RuleMatch match) {
    return match.getRule() instanceof SpellingCheckRule;
  }

  private static List<RuleMatch> copies(List<RuleMatch> sentenceMatches) {
    List<RuleMatch> copies = new ArrayList<>(sentenceMatches.size());
    for (RuleMatch match : sentenceMatches) {
      if (isSpelling(match)) {
        // Shares the lazy suggestions, which only the finding thread ever reads (see above).
        copies.add(new RuleMatch(match));
      } else {
        // Suggestions the rule gave at once; copied, so no two threads hold the same objects.
        List<SuggestedReplacement> own = new ArrayList<>();
        for (SuggestedReplacement replacement : match.getSuggestedReplacementObjects()) {
          own.add(new SuggestedReplacement(replacement));
        }
        copies.add(new RuleMatch(match, own));
      }
    }
    return copies;
  }
}
