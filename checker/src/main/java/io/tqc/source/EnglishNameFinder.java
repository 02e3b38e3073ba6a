package io.tqc.source;

import io.tqc.source.LatinWords.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The proper names of an English source segment: capitalised words inside a sentence that are
 * not words of the English dictionary ("Merkel", "Kyiv", but not "House" in "White House",
 * which a translation translates). Acronyms are left to the checks of carried-over tokens.
 */
final class EnglishNameFinder {
  private static final int MIN_LETTERS = 3;
  /** Capitalised in English, translated in German: not names to carry over. */
  private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday",
      "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April",
      "May", "June", "July", "August", "September", "October", "November", "December");

  private EnglishNameFinder() {}

  /** @param commonWord whether a word of the source is an English dictionary word */
  static List<SourceName> find(String source, Predicate<Word> commonWord) {
    List<SourceName> names = new ArrayList<>();
    for (Word word : LatinWords.of(source)) {
      String text = word.text();
      if (word.sentenceStart() || !word.capitalised() || text.length() < MIN_LETTERS
          || text.codePoints().skip(1).anyMatch(Character::isUpperCase)
          || CALENDAR.contains(text) || commonWord.test(word)) {
        continue;
      }
      String bare = text.replaceAll("['’]s$", "");
      names.add(new SourceName(bare, word.from(), false, List.of(), List.of(), List.of(bare)));
    }
    return names;
  }
}
