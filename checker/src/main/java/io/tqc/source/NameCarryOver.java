package io.tqc.source;

import io.tqc.engine.CheckContext;
import io.tqc.engine.LanguageCodes;
import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import io.tqc.source.LatinWords.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.languagetool.Languages;

/**
 * The source names each target segment fails to carry over, found once per document for the
 * two rules that report them: a garbled rendering where the target has one, else the name is
 * missing. Checks Chinese→English and English→German segment pairs.
 */
final class NameCarryOver {
  /**
   * @param from UTF-16 offset in the document text of the garbled rendering, or of the end of
   *     the segment's text when the name is missing ({@code from == to})
   */
  record Problem(DocumentSegment segment, SourceName name, int from, int to) {
    boolean garbled() {
      return to > from;
    }
  }

  private NameCarryOver() {}

  static List<Problem> of(CheckContext context) {
    return context.derived(NameCarryOver.class, () -> find(context));
  }

  /** Whether the rules check a language pair at all. */
  static boolean checksPair(String sourceBase, String targetBase) {
    return sourceBase.equals("zh") && targetBase.equals("en")
        || sourceBase.equals("en") && targetBase.equals("de");
  }

  private static Set<String> sourceWords(String source) {
    Set<String> keys = new HashSet<>();
    for (Word word : LatinWords.of(source)) {
      keys.add(word.key());
    }
    return keys;
  }

  private static List<Problem> find(CheckContext context) {
    String target = LanguageCodes.base(context.findings().language());
    List<Problem> problems = new ArrayList<>();
    if (!target.equals("en") && !target.equals("de")) {
      return problems;
    }
    TextIndex index = context.document().index();
    String text = context.text();
    Predicate<Word> targetWords = new DictionaryWords(context.language());
    Predicate<Word> englishWords = null;
    for (DocumentSegment segment : context.document().segmentation().segments()) {
      context.checkDeadline();
      if (!segment.hasSource() || segment.start() == segment.end()) {
        continue;
      }
      String source = SegmentSourceLanguage.of(segment, context);
      if (!checksPair(source, target)) {
        continue;
      }
      List<SourceName> names;
      if (source.equals("zh")) {
        names = ChineseNameFinder.find(segment.source());
      } else {
        if (englishWords == null) {
          englishWords = new DictionaryWords(Languages.getLanguageForShortCode("en-US"));
        }
        names = EnglishNameFinder.find(segment.source(), englishWords);
      }
      if (names.isEmpty()) {
        continue;
      }
      int from = index.toUtf16(segment.start());
      int to = index.toUtf16(segment.end());
      String segmentText = text.substring(from, to);
      List<Word> words = LatinWords.of(segmentText);
      Set<String> explained = new HashSet<>();
      List<SourceName> missing = new ArrayList<>();
      for (SourceName name : NameRendering.distinct(names)) {
        if (NameRendering.present(name, words)) {
          explained.addAll(NameRendering.forms(name));
        } else {
          missing.add(name);
        }
      }
      Set<NameRendering.Span> taken = new HashSet<>();
      int end = segmentText.stripTrailing().length();
      boolean chinese = source.equals("zh");
      for (SourceName name : missing) {
        // a transliterated foreign name has many good spellings (Muhammad, Mohammed)
        Optional<NameRendering.Span> garbled = chinese && name.given().isEmpty()
            ? Optional.empty()
            : NameRendering.garbled(name, words, targetWords, explained, taken);
        if (garbled.isEmpty() && chinese && !name.surname().isEmpty() && missing.size() == 1) {
          garbled = NameRendering.substituted(words, targetWords, explained,
              sourceWords(segment.source()), taken);
        }
        garbled.ifPresent(taken::add);
        if (garbled.isPresent()) {
          NameRendering.Span span = garbled.get();
          problems.add(new Problem(segment, name, from + span.from(), from + span.to()));
        } else if (!chinese || name.person()) {
          // a Chinese place name has too many English renderings (中国: China, Chinese, Sino-)
          // for its absence to mean much
          problems.add(new Problem(segment, name, from + end, from + end));
        }
      }
    }
    return problems;
  }
}
