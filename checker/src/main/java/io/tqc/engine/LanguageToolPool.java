package io.tqc.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.languagetool.Language;

/**
 * Gives each worker thread its own {@link LanguageToolSession} per language, created on first
 * use, so no JLanguageTool is shared between threads and no language is loaded that no document
 * needs.
 */
public final class LanguageToolPool {
  private final ThreadLocal<Map<String, LanguageToolSession>> sessions =
      ThreadLocal.withInitial(HashMap::new);
  private final Consumer<LanguageToolSession> configure;

  /** @param configure applied once to every new session (rule selection, accepted words) */
  public LanguageToolPool(Consumer<LanguageToolSession> configure) {
    this.configure = configure;
  }

  public LanguageToolSession session(Language language) {
    return sessions.get().computeIfAbsent(language.getShortCodeWithCountryAndVariant(), code -> {
      LanguageToolSession session = new LanguageToolSession(language);
      configure.accept(session);
      return session;
    });
  }
}
