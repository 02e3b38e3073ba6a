package io.tqc.source;

import java.util.List;

/**
 * A name in a source segment that its translation must carry over.
 *
 * @param text the name as the source writes it
 * @param from UTF-16 offset of the name in the source segment
 * @param person a person's name (else a place)
 * @param surname pinyin syllables of a Chinese person's surname; empty for places and for names
 *     known only by their English forms
 * @param given pinyin syllables of the given name, or of the whole place name
 * @param english English words a translation may use for the name instead of its pinyin
 */
record SourceName(String text, int from, boolean person, List<String> surname,
    List<String> given, List<String> english) {

  SourceName {
    surname = List.copyOf(surname);
    given = List.copyOf(given);
    english = List.copyOf(english);
  }

  /** The pinyin the name is written in when a translation transliterates it: "Xi Jinping". */
  String pinyin() {
    String givenName = capitalised(String.join("", given));
    return surname.isEmpty() ? givenName
        : (capitalised(String.join("", surname)) + " " + givenName).strip();
  }

  private static String capitalised(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
