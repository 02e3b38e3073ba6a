package io.tqc.engine;

import java.util.HashMap;
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
 */
public final class LanguageToolPool {
  private final ThreadLocal<Map<String, LanguageToolSession>> sessions =
      ThreadLocal.withInitial(HashMap::new);
  private static final long SENTENCE_CACHE_ENTRIES = 20_000;

  private final Consumer<LanguageToolSession> configure;
  private final SentenceMatchCache sentenceCache =
      new SentenceMatchCache(SENTENCE_CACHE_ENTRIES);
  private final SpellingSuggestionMemo suggestions = new SpellingSuggestionMemo();

  /** @param configure applied once to every new session (rule selection, accepted words) */
  public LanguageToolPool(Consumer<LanguageToolSession> configure) {
    this.configure = configure;
  }

  public LanguageToolSession session(Language language) {
    return sessions.get().computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> {
      LanguageToolSession session = new LanguageToolSession(language, sentenceCache, suggestions);
      configure.accept(session);
      return session;
    });
  }
}
