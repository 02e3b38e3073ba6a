package io.tqc.engine;

import java.util.List;
import org.languagetool.DetectedLanguage;
import org.languagetool.language.identifier.LanguageIdentifier;
import org.languagetool.language.identifier.LanguageIdentifierService;

/**
 * LanguageTool's language identifier, one for the whole run. Building it loads n-gram profiles
 * of every language, so it is built once, on first use; after that it holds no changing state
 * (LanguageTool's server shares one between its request threads too), so documents and sentences
 * are identified in parallel, without a lock.
 */
public final class LanguageIdentification {
  /** The most characters of a text the identifier reads; longer texts are cut. */
  public static final int MAX_CHARS = 4000;

  private LanguageIdentification() {}

  private static final class Shared {
    static final LanguageIdentifier IDENTIFIER = LanguageIdentifierService.INSTANCE
        .getDefaultLanguageIdentifier(MAX_CHARS, null, null, null);
  }

  /** The language of a text, with LanguageTool's confidence; null when none was found. */
  public static DetectedLanguage detect(String text) {
    return Shared.IDENTIFIER.detectLanguage(text, List.of(), List.of());
  }
}
