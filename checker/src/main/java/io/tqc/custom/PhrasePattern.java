package io.tqc.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns an editor's phrase into the regex that finds it the way a reader would: whole words only,
 * any run of spaces or line breaks between words, straight and typographic apostrophes alike,
 * and {@code ...} standing for up to {@value #MAX_GAP_WORDS} words in between.
 */
final class PhrasePattern {
  static final int MAX_GAP_WORDS = 4;
  static final String GAP = "...";

  private static final String SPACE = "[\\s\\u00A0\\u202F]+";
  /**
   * Punctuation that may follow a word inside a sentence (the comma in "In addition, the strike
   * also"), so a gap may start right after it.
   */
  private static final String CLAUSE_PUNCTUATION = "[^\\p{L}\\p{N}\\s\\u00A0\\u202F.!?;:]*";
  /** A gap stops at sentence punctuation, so "relieve ... costs" stays inside one sentence. */
  private static final String GAP_WORDS = "(?:" + CLAUSE_PUNCTUATION + SPACE
      + "[^\\s\\u00A0\\u202F.!?;:]+){0," + MAX_GAP_WORDS + "}?" + CLAUSE_PUNCTUATION;
  private static final String APOSTROPHE_CHARS = "'\u2019\u2018\u02BC";
  private static final String APOSTROPHES = "[" + APOSTROPHE_CHARS + "]";
  private static final String NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}_])";
  private static final String NOT_WORD_AFTER = "(?![\\p{L}\\p{N}_])";

  private PhrasePattern() {}

  /**
   * @throws IllegalArgumentException when the phrase is empty or starts or ends with a gap
   */
  static Pattern compile(String phrase, boolean caseSensitive) {
    List<String> words = new ArrayList<>(List.of(phrase.strip().split("[\\s\\u00A0]+")));
    words.replaceAll(w -> w.equals("\u2026") ? GAP : w);
    if (words.isEmpty() || words.get(0).isEmpty()) {
      throw new IllegalArgumentException("the phrase is empty");
    }
    if (words.get(0).equals(GAP) || words.get(words.size() - 1).equals(GAP)) {
      throw new IllegalArgumentException("a phrase cannot start or end with '...'");
    }
    StringBuilder regex = new StringBuilder();
    if (isWordChar(words.get(0).codePointAt(0))) {
      regex.append(NOT_WORD_BEFORE);
    }
    boolean gapBefore = false;
    for (int i = 0; i < words.size(); i++) {
      String word = words.get(i);
      if (word.equals(GAP)) {
        gapBefore = true;
        continue;
      }
      if (i > 0) {
        regex.append(gapBefore ? GAP_WORDS + SPACE : SPACE);
      }
      gapBefore = false;
      appendLiteral(regex, word);
    }
    String last = words.get(words.size() - 1);
    if (isWordChar(last.codePointBefore(last.length()))) {
      regex.append(NOT_WORD_AFTER);
    }
    int flags = caseSensitive ? 0 : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    return Pattern.compile(regex.toString(), flags);
  }

  private static void appendLiteral(StringBuilder regex, String word) {
    word.codePoints().forEach(cp -> {
      if (APOSTROPHE_CHARS.indexOf(cp) >= 0) {
        regex.append(APOSTROPHES);
      } else {
        regex.append(Pattern.quote(new String(Character.toChars(cp))));
      }
    });
  }

  private static boolean isWordChar(int codePoint) {
    return Character.isLetterOrDigit(codePoint) || codePoint == '_';
  }
}
