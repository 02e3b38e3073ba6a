package io.tqc.source;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.py.Pinyin;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the person and place names of a Chinese source segment with HanLP (the segmenter
 * LanguageTool's Chinese module brings), with the pinyin and the dictionary's English forms a
 * translation may render each in. The only class that imports HanLP.
 */
final class ChineseNameFinder {
  /** HanLP's segmenters keep no state between calls once configured. */
  private static final Segment SEGMENTER = HanLP.newSegment().enableNameRecognize(true)
      .enablePlaceRecognize(true).enableOffset(true);
  private static final Set<String> TITLES = Set.of("先生", "女士", "小姐", "老师", "教授", "博士");
  private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "诸葛", "上官",
      "东方", "皇甫", "令狐", "慕容", "司徒", "夏侯", "尉迟", "公孙", "长孙", "宇文", "轩辕", "端木");
  /** Suffixes a place's English name leaves out: 北京市 is Beijing, 浙江省 Zhejiang. */
  private static final Set<Character> ADMINISTRATIVE = Set.of('省', '市', '县', '区');

  private ChineseNameFinder() {}

  static List<SourceName> find(String source) {
    List<SourceName> names = new ArrayList<>();
    for (Term term : SEGMENTER.seg(source)) {
      String nature = term.nature == null ? "" : term.nature.toString();
      String word = term.word;
      if (!allHan(word)) {
        continue;
      }
      Optional<CedictNames.Entry> entry = CedictNames.lookup(word);
      List<String> english = entry.map(CedictNames.Entry::english).orElse(List.of());
      if (nature.equals("nr")) {
        person(word, term.offset, english).ifPresent(names::add);
      } else if (nature.equals("nrf") && !english.isEmpty()) {
        // a transliterated foreign name is recognisable only by its English spelling
        names.add(new SourceName(word, term.offset, true, List.of(), List.of(), english));
      } else if (nature.equals("ns") && word.length() >= 2) {
        String stem = word.length() >= 3 && ADMINISTRATIVE.contains(word.charAt(word.length() - 1))
            ? word.substring(0, word.length() - 1) : word;
        List<String> stemEnglish = english.isEmpty()
            ? CedictNames.lookup(stem).map(CedictNames.Entry::english).orElse(List.of())
            : english;
        names.add(new SourceName(word, term.offset, false, List.of(), pinyin(stem),
            stemEnglish));
      }
    }
    return names;
  }

  private static Optional<SourceName> person(String word, int offset, List<String> english) {
    String name = withoutTitle(word);
    if (name.length() > 4) {
      return Optional.empty();
    }
    int surnameLength = name.length() == 4 || COMPOUND_SURNAMES.stream().anyMatch(name::startsWith)
        ? 2 : 1;
    List<String> syllables = CedictNames.lookup(name).map(CedictNames.Entry::syllables)
        .orElseGet(() -> pinyin(name));
    if (syllables.size() != name.length()) {
      return Optional.empty();
    }
    return Optional.of(new SourceName(name, offset, true,
        syllables.subList(0, Math.min(surnameLength, syllables.size())),
        syllables.subList(Math.min(surnameLength, syllables.size()), syllables.size()),
        english));
  }

  /** 孙先生 is the name 孙 with "Mr". */
  private static String withoutTitle(String word) {
    for (String title : TITLES) {
      if (word.endsWith(title) && word.length() > title.length()) {
        return word.substring(0, word.length() - title.length());
      }
    }
    return word;
  }

  /** Toneless pinyin, one syllable per character, ü written u as English texts write it. */
  static List<String> pinyin(String text) {
    List<String> syllables = new ArrayList<>();
    for (Pinyin pinyin : HanLP.convertToPinyinList(text)) {
      syllables.add(pinyin.getPinyinWithoutTone().replace('ü', 'u').replace('v', 'u')
          .toLowerCase(Locale.ROOT));
    }
    return syllables;
  }

  private static boolean allHan(String word) {
    return !word.isEmpty() && word.codePoints()
        .allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
  }
}
