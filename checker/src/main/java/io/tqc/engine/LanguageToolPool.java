package io.tqc.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.languagetool.Language;
import org.languagetool.SentenceMatchCache;

/**
 * Gives each worker thread its own {@link LanguageToolSession} per language, created on first
 * use, so no JLanguageTool is shared between threads and no language is loaded that no document
 * needs. The sessions share one cache of analysed sentences and their sentence-level matches,
 * because translations of the same source by different systems, or revisions of one article,
 * repeat many sentences word for word; and they share the spelling suggestions worked out so far.
 * Each thread keeps at most {@code maxLanguages} languages loaded, dropping the one it used least
 * recently, so a long-running server that is asked for many languages stays within its memory.
 */
public final class LanguageToolPool {
  /** A loaded language takes 50 to 300 MB; a batch of articles rarely mixes more than this. */
  public static final int DEFAULT_MAX_LANGUAGES = 6;
  private static final long SENTENCE_CACHE_ENTRIES = 20_000;

  private final ThreadLocal<Map<String, LanguageToolSession>> sessions;
  private final Consumer<LanguageToolSession> configure;
  private final SentenceMatchCache sentenceCache =
      new SentenceMatchCache(SENTENCE_CACHE_ENTRIES);
  private final SpellingSuggestionMemo suggestions = new SpellingSuggestionMemo();

  /** @param configure applied once to every new session (rule selection, accepted words) */
  public LanguageToolPool(Consumer<LanguageToolSession> configure) {
    this(configure, DEFAULT_MAX_LANGUAGES);
  }

  /**
   * @param configure applied once to every new session (rule selection, accepted words)
   * @param maxLanguages the most languages one thread keeps loaded
   */
  public LanguageToolPool(Consumer<LanguageToolSession> configure, int maxLanguages) {
    if (maxLanguages < 1) {
      throw new IllegalArgumentException("maxLanguages must be at least 1, got " + maxLanguages);
    }
    this.configure = configure;
    this.sessions = ThreadLocal.withInitial(() -> new LinkedHashMap<>(8, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, LanguageToolSession> eldest) {
        return size() > maxLanguages;
      }
    });
  }

  public LanguageToolSession session(Language language) {
    return sessions.get().computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> {
      LanguageToolSession session = new LanguageToolSession(language, sentenceCache, suggestions);
      configure.accept(session);
      return session;
    });
  }
}
