package io.tqc.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Whether some variant of a language spells a word so: an American speller flags "kilometres",
 * which is British English and no made-up word. The spellers of a language's variants are
 * loaded the first time a check needs them and shared by all checks.
 */
final class Spellers {
  private static final Map<String, List<SpellingCheckRule>> OF_LANGUAGE =
      new ConcurrentHashMap<>();

  private Spellers() {}

  static boolean knows(Language language, String word) {
    List<SpellingCheckRule> spellers = OF_LANGUAGE.computeIfAbsent(language.getShortCode(),
        code -> variants(language));
    for (SpellingCheckRule speller : spellers) {
      // a speller keeps state between words: one word at a time
      synchronized (speller) {
        try {
          if (!speller.isMisspelled(word)) {
            return true;
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    return false;
  }

  /**
   * The spellers of the variants with a country of their own (en-US, en-GB, ...), not
   * private-use ones; the language without a country ("de") has no dictionary, and its speller
   * knows every word.
   */
  private static List<SpellingCheckRule> variants(Language language) {
    return Languages.get().stream()
        .filter(variant -> variant.getShortCode().equals(language.getShortCode()))
        .filter(variant -> !variant.getShortCodeWithCountryAndVariant()
            .equals(variant.getShortCode()))
        .filter(variant -> !variant.getShortCodeWithCountryAndVariant().contains("-x-"))
        .map(Language::getDefaultSpellingRule)
        .filter(speller -> speller != null)
        .toList();
  }
}
