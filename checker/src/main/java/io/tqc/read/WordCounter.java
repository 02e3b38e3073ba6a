package io.tqc.read;

/**
 * Counts words the way MQM penalties are normalised: runs of letters or digits, except that
 * Chinese and Japanese text, written without spaces, counts one word per character.
 */
public final class WordCounter {
  private WordCounter() {}

  public static int count(CharSequence text) {
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); ) {
      int cp = Character.codePointAt(text, i);
      i += Character.charCount(cp);
      if (isCharacterWord(cp)) {
        words++;
        inWord = false;
      } else if (Character.isLetterOrDigit(cp)) {
        if (!inWord) {
          words++;
          inWord = true;
        }
      } else if (!(inWord && (cp == '\'' || cp == '\u2019' || cp == '-')
          || Character.getType(cp) == Character.NON_SPACING_MARK)) {
        inWord = false;
      }
    }
    return words;
  }

  private static boolean isCharacterWord(int cp) {
    Character.UnicodeScript script = Character.UnicodeScript.of(cp);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA;
  }
}
