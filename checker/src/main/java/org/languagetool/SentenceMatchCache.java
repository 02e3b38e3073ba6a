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
 * of the thread that found it (LanguageTool's other rules give theirs at once), so a sentence with
 * a spelling match is served only to that thread; another thread checks it again with its own
 * rules (the same matches, found again). Every lookup gets copies of the matches with suggestion
 * objects of their own, because LanguageTool moves a match's offsets to its place in the document
 * after the lookup and may edit the suggestions it is given.
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
    return ownCopies(entry.matches());
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

  /** Matches as they are: a copy shares its original's suggestions, worked out or not. */
  private static List<RuleMatch> copies(List<RuleMatch> sentenceMatches) {
    List<RuleMatch> copies = new ArrayList<>(sentenceMatches.size());
    for (RuleMatch match : sentenceMatches) {
      copies.add(new RuleMatch(match));
    }
    return copies;
  }

  /**
   * Copies for one lookup, each with suggestion objects of its own, still worked out only when
   * first asked for (and then once for all copies), so no two threads hold the same objects.
   */
  private static List<RuleMatch> ownCopies(List<RuleMatch> stored) {
    List<RuleMatch> copies = new ArrayList<>(stored.size());
    for (RuleMatch match : stored) {
      RuleMatch copy = new RuleMatch(match);
      copy.setLazySuggestedReplacements(() -> {
        List<SuggestedReplacement> own = new ArrayList<>();
        for (SuggestedReplacement replacement : match.getSuggestedReplacementObjects()) {
          own.add(new SuggestedReplacement(replacement));
        }
        return own;
      });
      copies.add(copy);
    }
    return copies;
  }
}
