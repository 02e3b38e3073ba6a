package io.tqc.source;

import io.tqc.source.LatinWords.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.tagging.Tagger;

/**
 * Whether a word is a common word of a language: LanguageTool's tagger knows it as something
 * other than a proper noun. Answers are kept for the document, since names repeat.
 */
final class DictionaryWords implements Predicate<Word> {
  private final Tagger tagger;
  private final Map<String, Boolean> known = new HashMap<>();

  DictionaryWords(Language language) {
    this.tagger = language.getTagger();
  }

  @Override
  public boolean test(Word word) {
    return known.computeIfAbsent(word.text(), this::common);
  }

  private boolean common(String text) {
    String lower = text.toLowerCase(Locale.ROOT);
    try {
      for (AnalyzedTokenReadings readings : tagger.tag(List.of(text, lower))) {
        for (AnalyzedToken reading : readings) {
          String tag = reading.getPOSTag();
          if (tag != null && !tag.isEmpty() && !tag.startsWith("NNP") && !tag.startsWith("EIG")
              && !tag.startsWith("SENT") && !tag.equals("UNKNOWN")) {
            return true;
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return false;
  }
}
