package io.tqc.source;

import java.util.List;
import java.util.Locale;
import org.languagetool.Language;

/**
 * Whether a word the dictionary lacks is two words it knows written together: German makes
 * such compounds at will ("Privilegienkampf", "Sonntagsmorgen"), and no dictionary lists them
 * all. The first word may end in a linking element (the -s- of "Sonntagsmorgen").
 */
final class Compounds {
  /** Parts shorter than this split too many words by accident ("Sit|zustellung"). */
  private static final int MIN_PART = 4;
  private static final List<String> LINKS = List.of("", "s", "es", "n", "en");

  private Compounds() {}

  static boolean ofKnownWords(Language language, String word) {
    if (word.indexOf('-') >= 0) {
      return false;
    }
    for (int at = MIN_PART; at <= word.length() - MIN_PART; at++) {
      String tail = word.substring(at);
      if (!known(language, tail)) {
        continue;
      }
      String head = word.substring(0, at);
      for (String link : LINKS) {
        if (head.length() - link.length() >= MIN_PART && head.endsWith(link)
            && known(language, head.substring(0, head.length() - link.length()))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Known as written or with its first letter's case changed: a noun inside a German compound
   * loses its capital ("kampf"), and a compound's first word may gain one.
   */
  private static boolean known(Language language, String part) {
    String first = part.substring(0, 1);
    String other = first.equals(first.toUpperCase(Locale.ROOT))
        ? first.toLowerCase(Locale.ROOT) : first.toUpperCase(Locale.ROOT);
    return Spellers.knows(language, part) || Spellers.knows(language, other + part.substring(1));
  }
}
