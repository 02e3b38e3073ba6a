package io.tqc.source;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The words of a text written in letters, with the form names are compared in. */
final class LatinWords {
  /**
   * @param from UTF-16 offset of the word in the text it was taken from
   * @param key lower case without accents or apostrophes: "Lü" and "Lu" have the key "lu"
   * @param linked only a space or a hyphen separates it from the word before: "Xi Jinping",
   *     "Li-feng" are one name
   * @param sentenceStart the first word of the text or of a sentence in it
   */
  record Word(String text, int from, int to, String key, boolean linked, boolean sentenceStart) {
    boolean capitalised() {
      return Character.isUpperCase(text.codePointAt(0));
    }
  }

  private LatinWords() {}

  static List<Word> of(String text) {
    List<Word> words = new ArrayList<>();
    int i = 0;
    int previousEnd = -1;
    boolean sentenceStart = true;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      if (!Character.isLetter(cp) || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
        if (".!?。！？".indexOf(cp) >= 0) {
          sentenceStart = true;
        }
        i += Character.charCount(cp);
        continue;
      }
      int start = i;
      while (i < text.length()) {
        int c = text.codePointAt(i);
        boolean apostrophe = (c == '\'' || c == '’') && i + 1 < text.length()
            && Character.isLetter(text.codePointAt(i + 1));
        if (!(Character.isLetter(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN)
            && !apostrophe) {
          break;
        }
        i += Character.charCount(c);
      }
      String gap = previousEnd < 0 ? null : text.substring(previousEnd, start);
      boolean linked = gap != null && (gap.equals(" ") || gap.equals("-") || gap.equals("‐"));
      String word = text.substring(start, i);
      words.add(new Word(word, start, i, key(word), linked, sentenceStart));
      sentenceStart = false;
      previousEnd = i;
    }
    return words;
  }

  /** Lower case, accents and apostrophes dropped, ü as u. */
  static String key(String word) {
    String plain = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    return plain.toLowerCase(Locale.ROOT).replaceAll("['’\\-\\s]", "");
  }
}
