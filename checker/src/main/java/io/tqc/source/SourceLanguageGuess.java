package io.tqc.source;

import io.tqc.read.DocumentSegment;
import java.lang.Character.UnicodeScript;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The base language of sources that do not name theirs (paired files with {@code --source-lang
 * auto}), from the whole document's sources at once: the script for Chinese, Japanese, Korean
 * and Cyrillic, and the commonest function words for English and German, which is all the
 * source-aware checks tell apart.
 */
final class SourceLanguageGuess {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Set<String> ENGLISH = Set.of("the", "and", "of", "to", "is", "in",
      "that", "for", "with", "was");
  private static final Set<String> GERMAN = Set.of("der", "die", "und", "das", "ist", "nicht",
      "mit", "den", "ein", "eine", "zu", "von");
  private static final int MAX_CHARS = 20_000;

  private SourceLanguageGuess() {}

  static String of(List<DocumentSegment> segments) {
    StringBuilder sources = new StringBuilder();
    for (DocumentSegment segment : segments) {
      if (segment.hasSource() && sources.length() < MAX_CHARS) {
        sources.append(segment.source()).append('\n');
      }
    }
    return of(sources.toString());
  }

  static String of(String text) {
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int cyrillic = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        continue;
      }
      letters++;
      UnicodeScript script = UnicodeScript.of(c);
      if (script == UnicodeScript.HAN) {
        han++;
      } else if (script == UnicodeScript.HIRAGANA || script == UnicodeScript.KATAKANA) {
        kana++;
      } else if (script == UnicodeScript.HANGUL) {
        hangul++;
      } else if (script == UnicodeScript.CYRILLIC) {
        cyrillic++;
      }
    }
    if (letters == 0) {
      return "";
    }
    if (kana * 10 > letters) {
      return "ja";
    }
    if (han * 3 > letters) {
      return "zh";
    }
    if (hangul * 3 > letters) {
      return "ko";
    }
    if (cyrillic * 3 > letters) {
      return "ru";
    }
    int english = 0;
    int german = 0;
    Matcher words = WORD.matcher(text);
    while (words.find()) {
      String word = words.group().toLowerCase(Locale.ROOT);
      english += ENGLISH.contains(word) ? 1 : 0;
      german += GERMAN.contains(word) ? 1 : 0;
    }
    return english > german ? "en" : german > english ? "de" : "";
  }
}
