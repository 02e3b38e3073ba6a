package io.tqc.source;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.corpus.tag.Nature;
import com.hankcs.hanlp.dictionary.CoreDictionary;
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
  /**
   * The most common Chinese surnames (together about 85% of the population). HanLP's name
   * recogniser also takes words that begin with a rare surname for names (都会, 才是, 考前); a name
   * outside this list is left alone.
   */
  private static final String COMMON_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯"
      + "邓曹彭曾肖田董袁潘蔡蒋余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱"
      + "江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪"
      + "庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆"
      + "蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫"
      + "费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查"
      + "麻苑迟邝习";
  /** Words HanLP's recogniser runs into the end of a name: 唐凤和 is 唐凤 "and". */
  private static final String FUNCTION_CHARACTERS = "和与及在对说等是也都就又将为向从被把给让的了";
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
        person(word, term.offset).ifPresent(names::add);
      } else if (nature.equals("nrf") && !english.isEmpty()) {
        // a transliterated foreign name is recognisable only by its English spelling
        names.add(new SourceName(word, term.offset, true, List.of(), List.of(), english));
      } else if (nature.equals("ns") && word.length() >= 2 && !english.isEmpty()) {
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

  private static Optional<SourceName> person(String word, int offset) {
    String titled = withoutTitle(word);
    String name = titled.length() == 3 && FUNCTION_CHARACTERS.indexOf(titled.charAt(2)) >= 0
        ? titled.substring(0, 2) : titled;
    if (name.length() > 4 || COMMON_SURNAMES.indexOf(name.charAt(0)) < 0
        || name.length() > 1 && ordinaryWord(name)) {
      return Optional.empty();
    }
    List<String> english = CedictNames.lookup(name).map(CedictNames.Entry::english)
        .orElse(List.of());
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

  /** A word of HanLP's core dictionary that is not a name there: 余年, 都会. */
  private static boolean ordinaryWord(String word) {
    CoreDictionary.Attribute attribute = CoreDictionary.get(word);
    if (attribute == null) {
      return false;
    }
    for (Nature nature : attribute.nature) {
      if (nature.toString().startsWith("nr")) {
        return false;
      }
    }
    return true;
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
