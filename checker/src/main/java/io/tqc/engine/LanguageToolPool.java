package io.tqc.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.languagetool.Language;

/**
 * Gives each worker thread its own {@link LanguageToolSession} per language, created on first
 * use, so no JLanguageTool is shared between threads and no language is loaded that no document
 * needs. The sessions share one cache of analysed sentences and their sentence-level matches
 * (LanguageTool's own, thread-safe), because translations of the same source by different
 * systems, or revisions of one article, repeat many sentences word for word.
 */
public final class LanguageToolPool {
  private final ThreadLocal<Map<String, LanguageToolSession>> sessions =
      ThreadLocal.withInitial(HashMap::new);
  private static final long SENTENCE_CACHE_ENTRIES = 20_000;

  private final Consumer<LanguageToolSession> configure;
  private final org.languagetool.ResultCache sentenceCache =
      new org.languagetool.ResultCache(SENTENCE_CACHE_ENTRIES);

  /** @param configure applied once to every new session (rule selection, accepted words) */
  public LanguageToolPool(Consumer<LanguageToolSession> configure) {
    this.configure = configure;
  }

  public LanguageToolSession session(Language language) {
    return sessions.get().computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> {
      LanguageToolSession session = new LanguageToolSession(language, sentenceCache);
      configure.accept(session);
      return session;
    });
  }
}
