package io.tqc.source;

import io.tqc.source.NumberMention.Kind;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the numbers of a segment in one language and what they are worth: digits with the
 * language's separators or an unambiguous shape ({@code 1,000.5}, {@code 1.000,5},
 * {@code 1 000}), units of scale ({@code 2.3亿}, {@code 35 million}, {@code 2,5 Mrd.}),
 * percentages ({@code 百分之四点二}, {@code 4,2 Prozent}), Chinese numerals, English and German
 * number words and month names. One reader per language, built once; it keeps no state between
 * texts.
 */
final class NumberReader {
  private static final Map<String, NumberReader> BY_LANGUAGE = new HashMap<>();

  private static final String DIGIT = "[0-9\\uFF10-\\uFF19]";
  /** Digits with separators; a space groups only when three digits follow it. */
  private static final Pattern DIGITS = Pattern.compile(DIGIT + "+(?:(?:[.,'’]|[ \\u00A0\\u202F"
      + "\\u2009](?=" + DIGIT + "{3}(?!" + DIGIT + ")))" + DIGIT + "+)*");
  private static final Pattern CHINESE = Pattern.compile(
      "[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?([多余来几])?([万亿]+)?");
  private static final Pattern WORD = Pattern.compile("\\p{L}+(?:[-‐]\\p{L}+)*\\.?");
  private static final Pattern PERCENT_AFTER = Pattern.compile(
      "^\\s?(?:%|％|(?i:percent|per cent|prozent)\\b)");
  private static final Pattern CHINESE_SCALE_AFTER = Pattern.compile(
      "^[多余]?(万亿|百万|千万|亿|万|千(?![米克瓦]))");
  private static final Pattern SCALE_WORD_AFTER = Pattern.compile(
      "^[ \\u00A0-](\\p{L}+\\.?)");
  /** Imperial units, which a translation into German may convert: 10 miles are 16 km. */
  private static final Pattern IMPERIAL_AFTER = Pattern.compile(
      "^[ \\u00A0-]?(?:miles?|pounds?|lbs?|feet|foot|ft|inch(?:es)?|yards?|gallons?|acres?|mph"
      + "|°F|degrees Fahrenheit)\\b");
  private static final Pattern LETTERS_AFTER = Pattern.compile("^\\p{L}+");
  private static final Pattern PM_AFTER = Pattern.compile("^\\s?(?:p\\.\\s?m\\.|pm\\b|PM\\b)");
  private static final Pattern UHR_AFTER = Pattern.compile("^\\s?Uhr\\b");
  private static final Pattern DAY_MONTH = Pattern.compile("\\d{1,2}\\.\\d{1,2}");
  private static final Pattern NUMERIC_DATE = Pattern.compile(
      "(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  /** Links, addresses, handles and hashtags: their digits are no numbers of the text. */
  static final Pattern LINKS = Pattern.compile(
      "(?i)(?<![a-z0-9])(?:https?://|www\\.)[^\\s\"'<>()\\p{IsHan}\\u3000-\\u303F\\uFF00-\\uFFEF]+"
      + "(?<![.,;:!?])"
      + "|[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"
      + "|(?<![\\w@])[@#](?:[A-Za-z0-9_]+|[\\p{L}\\p{N}_&&[^A-Za-z0-9_]]+)");
  private static final String CURRENCIES = "$€£¥￥";
  /** Units of scale written onto a sum in any language: £125m, $5bn. */
  private static final Map<String, Double> ATTACHED_SCALES = Map.of("k", 1e3, "m", 1e6,
      "mn", 1e6, "b", 1e9, "bn", 1e9, "tn", 1e12);
  private static final Pattern MONTH_AFTER = Pattern.compile("^\\.?\\s(\\p{Lu}\\p{Ll}+)");
  private static final Pattern MONTH_BEFORE = Pattern.compile("(\\p{Lu}\\p{Ll}+)\\.?\\s$");
  private static final Pattern AM_PM_AFTER = Pattern.compile(
      "^\\s?(?:[ap]\\.\\s?m\\.|[ap]m\\b|[AP]M\\b)");
  /** What joins the ends of a range whose unit of scale is written once: 12 to 14 million. */
  private static final Pattern RANGE = Pattern.compile(
      "\\s*(?:-|–|—|~|～|至|到|(?i:to|and|or|bis|und|oder))\\s*(?:[A-Z]{0,3}[$€£¥])?\\s*");
  /** A Chinese date or a dispatch's dateline after a number: 月, 日, 号, 日电. */
  private static final Pattern CHINESE_DATE_AFTER = Pattern.compile("^(?:月|日|号)");
  /** A numeral naming an event or a plan, not a quantity: 二十大, 十四五. */
  private static final Pattern CHINESE_NAME_AFTER = Pattern.compile("^(?:大|届|后|世纪)");

  private final String language;
  private final NumberWords words;
  /** Whether a lone comma before three digits groups (English, Chinese) or is decimal. */
  private final boolean commaGroups;

  private NumberReader(String language) {
    this.language = language;
    this.words = NumberWords.of(language);
    this.commaGroups = !List.of("de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ca")
        .contains(language);
  }

  static synchronized NumberReader of(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, NumberReader::new);
  }

  /** The numbers of a text, in text order, not overlapping. */
  List<NumberMention> read(String text) {
    boolean[] taken = new boolean[text.length() + 1];
    Matcher links = LINKS.matcher(text);
    while (links.find()) {
      mark(taken, links.start(), links.end());
    }
    List<NumberMention> found = new ArrayList<>();
    readDigits(text, taken, found);
    if (language.equals("zh") || language.equals("ja")) {
      readChinese(text, taken, found);
    }
    readWords(text, taken, found);
    found.sort(Comparator.comparingInt(NumberMention::start));
    return sharedScales(text, found);
  }

  /**
   * "12 to 14 million", "400万至600万": the first end of a range takes the second's scale; in
   * "1950-53" the second end is 1953.
   */
  private static List<NumberMention> sharedScales(String text, List<NumberMention> found) {
    for (int i = 0; i + 1 < found.size(); i++) {
      NumberMention first = found.get(i);
      NumberMention second = found.get(i + 1);
      if (first.kind() == Kind.YEAR && second.text().length() == 2 && first.end() < second.start()
          && text.substring(first.end(), second.start()).matches("[-–/]")) {
        double century = Math.floor(first.value() / 100) * 100;
        found.set(i + 1, second.withValues(new double[] {century + second.value()}));
      }
    }
    for (int i = found.size() - 2; i >= 0; i--) {
      NumberMention first = found.get(i);
      NumberMention second = found.get(i + 1);
      boolean bare = Character.isDigit(text.charAt(first.end() - 1))
          || ChineseNumerals.digit(text.charAt(first.end() - 1)) >= 0;
      if (bare && first.scale() == 1 && second.scale() > 1 && first.end() <= second.start()
          && RANGE.matcher(text.substring(first.end(), second.start())).matches()) {
        double[] scaled = new double[first.values().length];
        for (int v = 0; v < scaled.length; v++) {
          scaled[v] = first.values()[v] * second.scale();
        }
        found.set(i, first.withValues(scaled));
      }
    }
    return found;
  }

  private void readDigits(String text, boolean[] taken, List<NumberMention> found) {
    Matcher m = DIGITS.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      if (taken[start] || attachedToWord(text, start)) {
        continue;
      }
      String raw = m.group();
      Matcher date = NUMERIC_DATE.matcher(ascii(raw));
      if (date.matches() && !language.equals("en")) {
        // 05.03.2023: day, month and year, each a number of its own
        for (int g = 1; g <= 3; g++) {
          double v = Double.parseDouble(date.group(g));
          int s = start + date.start(g);
          int e = start + date.end(g);
          found.add(new NumberMention(text.substring(s, e), s, e, new double[] {v},
              g == 3 ? Kind.YEAR : Kind.FIRM));
        }
        mark(taken, start, end);
        continue;
      }
      if (!language.equals("en") && DAY_MONTH.matcher(ascii(raw)).matches()
          && text.startsWith(".", end)) {
        // am 05.03.: day and month
        int dot = raw.indexOf('.');
        found.add(new NumberMention(raw.substring(0, dot), start, start + dot,
            new double[] {Double.parseDouble(ascii(raw.substring(0, dot)))}, Kind.FIRM));
        found.add(new NumberMention(raw.substring(dot + 1), start + dot + 1, end,
            new double[] {Double.parseDouble(ascii(raw.substring(dot + 1)))}, Kind.FIRM));
        mark(taken, start, end);
        continue;
      }
      String next = text.substring(end, Math.min(text.length(), end + 8));
      if ((UHR_AFTER.matcher(next).find() || AM_PM_AFTER.matcher(next).find())
          && raw.matches("\\d{1,2}[.:]\\d{2}")) {
        addTime(text, start, raw, found);
        mark(taken, start, end);
        continue;
      }
      double[] values = digitValues(ascii(raw));
      if (values == null) {
        // not a number of one piece (a version 1.2.3): its groups are separate numbers
        splitGroups(text, start, raw, taken, found);
        continue;
      }
      addDigits(text, start, end, raw, values, taken, found);
    }
  }

  private void addDigits(String text, int start, int end, String raw, double[] values,
      boolean[] taken, List<NumberMention> found) {
    String after = text.substring(end, Math.min(text.length(), end + 24));
    Kind kind = Kind.FIRM;
    boolean plainInteger = raw.chars().allMatch(c -> Character.digit(c, 10) >= 0);
    int spanEnd = end;
    double factor = 1;
    boolean percent = false;
    Matcher letters = LETTERS_AFTER.matcher(after);
    if (letters.find()) {
      String suffix = letters.group();
      String lower = suffix.toLowerCase(Locale.ROOT);
      boolean currency = start > 0 && CURRENCIES.indexOf(text.charAt(start - 1)) >= 0;
      if (UnicodeScript.of(suffix.codePointAt(0)) == UnicodeScript.LATIN) {
        if (lower.matches("st|nd|rd|th")) {
          kind = Kind.LOOSE;
          spanEnd = end + suffix.length();
        } else if (suffix.length() == 1 && Character.isUpperCase(suffix.charAt(0))
            && !currency) {
          return; // 5G, 3D, 4K: a name, not a number
        } else if ((currency || lower.matches("bn|mn|tn")) && ATTACHED_SCALES.containsKey(lower)) {
          factor = ATTACHED_SCALES.get(lower);
          spanEnd = end + suffix.length();
        } else if (lower.equals("s") && plainInteger) {
          values = decade(values[0]);
          spanEnd = end + 1;
        }
      }
    }
    Matcher chineseScale = CHINESE_SCALE_AFTER.matcher(after);
    if (spanEnd == end && chineseScale.find()) {
      factor = ChineseNumerals.scaleOf(chineseScale.group(1));
      spanEnd = end + chineseScale.end();
    }
    Matcher scaleWord = SCALE_WORD_AFTER.matcher(after);
    if (spanEnd == end && scaleWord.find()) {
      String word = scaleWord.group(1);
      String lower = word.toLowerCase(Locale.ROOT);
      Double scale = lower.length() > 2 ? words.scale(lower) : null;
      if (scale == null && lower.endsWith(".") && lower.length() > 3) {
        // "million." ends the sentence; "Mio." is the word itself
        scale = words.scale(lower.substring(0, lower.length() - 1));
        word = word.substring(0, word.length() - 1);
      }
      if (scale != null && scale >= 1e3) {
        factor = scale;
        spanEnd = end + 1 + word.length();
      }
    }
    Matcher pct = PERCENT_AFTER.matcher(text.substring(spanEnd, Math.min(text.length(),
        spanEnd + 12)));
    if (pct.find()) {
      percent = true;
      spanEnd += pct.end();
    }
    String before = text.substring(Math.max(0, start - 3), start);
    if (before.endsWith("第") || ordinalDot(text, spanEnd, plainInteger)
        || IMPERIAL_AFTER.matcher(after).find()) {
      kind = Kind.LOOSE;
    }
    if (text.startsWith("年代", end) || text.startsWith("后", end) && plainInteger
        && raw.length() == 2) {
      values = decade(values[0]); // 90年代, 90后: the nineties
    } else if (CHINESE_DATE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2)))
        .find() && factor == 1 && plainInteger || nextToMonth(text, start, spanEnd, values[0])) {
      kind = Kind.DATE;
    } else if (text.startsWith("世纪", end)) {
      kind = Kind.LOOSE;
    } else if (text.startsWith("年", end) && plainInteger && raw.length() == 4) {
      kind = Kind.YEAR;
    } else if (plainInteger && raw.length() == 4 && factor == 1 && !percent
        && values[0] >= 1900 && values[0] <= 2099) {
      kind = Kind.YEAR;
    }
    if (factor != 1) {
      double[] scaled = new double[values.length];
      for (int i = 0; i < values.length; i++) {
        scaled[i] = values[i] * factor;
      }
      values = scaled;
    }
    if (kind == Kind.FIRM && factor == 1 && !percent && plainInteger && values[0] <= 1) {
      kind = Kind.LOOSE; // "1" is as often "a" or "one" in a translation
    }
    Matcher pm = PM_AFTER.matcher(text.substring(spanEnd, Math.min(text.length(),
        spanEnd + 8)));
    if (pm.find() && values[0] < 12) {
      values = new double[] {values[0], values[0] + 12};
    }
    found.add(new NumberMention(text.substring(start, spanEnd), start, spanEnd, values, kind,
        factor));
    mark(taken, start, spanEnd);
  }

  /** "Sept. 11", "11 September", "5. März": a day beside its month may be left out. */
  private boolean nextToMonth(String text, int start, int end, double value) {
    if (value < 1 || value > 31 || value != Math.rint(value)) {
      return false;
    }
    Matcher after = MONTH_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 14)));
    if (after.find() && words.month(after.group(1).toLowerCase(Locale.ROOT)) != null) {
      return true;
    }
    Matcher before = MONTH_BEFORE.matcher(text.substring(Math.max(0, start - 14), start));
    return before.find() && words.month(before.group(1).toLowerCase(Locale.ROOT)) != null;
  }

  /** German "zum 2. Mal", "am 5. März": digits, a full stop and a word make an ordinal. */
  private boolean ordinalDot(String text, int end, boolean plainInteger) {
    return plainInteger && language.equals("de") && end + 2 < text.length()
        && text.charAt(end) == '.' && text.charAt(end + 1) == ' '
        && Character.isLetter(text.charAt(end + 2));
  }

  /** 90年代 or 1990s: the nineties are 90 and 1990 alike. */
  private static double[] decade(double value) {
    if (value < 100) {
      return new double[] {value, 1900 + value};
    }
    return new double[] {value, value % 100};
  }

  private void addTime(String text, int start, String raw, List<NumberMention> found) {
    int sep = Math.max(raw.indexOf('.'), raw.indexOf(':'));
    String hours = ascii(raw.substring(0, sep));
    String minutes = ascii(raw.substring(sep + 1));
    double hour = Double.parseDouble(hours);
    String after = text.substring(start + raw.length(), Math.min(text.length(),
        start + raw.length() + 8));
    boolean pm = AM_PM_AFTER.matcher(after).find() && after.strip().toLowerCase(Locale.ROOT)
        .startsWith("p") && hour < 12;
    found.add(new NumberMention(raw.substring(0, sep), start, start + sep,
        pm ? new double[] {hour, hour + 12} : new double[] {hour}, Kind.FIRM));
    found.add(new NumberMention(raw.substring(sep + 1), start + sep + 1, start + raw.length(),
        new double[] {Double.parseDouble(minutes)}, Double.parseDouble(minutes) <= 1 ? Kind.LOOSE
            : Kind.FIRM));
  }

  private void splitGroups(String text, int start, String raw, boolean[] taken,
      List<NumberMention> found) {
    Matcher group = Pattern.compile(DIGIT + "+").matcher(raw);
    while (group.find()) {
      int s = start + group.start();
      int e = start + group.end();
      double v = Double.parseDouble(ascii(group.group()));
      found.add(new NumberMention(group.group(), s, e, new double[] {v}, Kind.LOOSE));
    }
    mark(taken, start, start + raw.length());
  }

  /**
   * The values of digits with separators, the language's reading first; null when the shape
   * is no single number.
   */
  double[] digitValues(String raw) {
    String grouped = raw.replaceAll("[ \\u00A0\\u202F\\u2009'’]", "");
    if (!grouped.equals(raw) && !spacesGroup(raw)) {
      return null;
    }
    int dots = count(grouped, '.');
    int commas = count(grouped, ',');
    if (dots == 0 && commas == 0) {
      return new double[] {Double.parseDouble(grouped)};
    }
    if (dots > 0 && commas > 0) {
      char decimal = grouped.lastIndexOf('.') > grouped.lastIndexOf(',') ? '.' : ',';
      char grouping = decimal == '.' ? ',' : '.';
      if (count(grouped, decimal) != 1 || !groupsOfThree(grouped.substring(0,
          grouped.lastIndexOf(decimal)), grouping)) {
        return null;
      }
      return new double[] {parse(grouped, grouping, decimal)};
    }
    char sep = dots > 0 ? '.' : ',';
    if (count(grouped, sep) > 1) {
      return groupsOfThree(grouped, sep) ? new double[] {parse(grouped, sep, ' ')} : null;
    }
    int at = grouped.indexOf(sep);
    boolean couldGroup = grouped.length() - at - 1 == 3 && at <= 3 && grouped.charAt(0) != '0';
    double asDecimal = parse(grouped, ' ', sep);
    if (!couldGroup) {
      return new double[] {asDecimal};
    }
    double asGrouped = parse(grouped, sep, ' ');
    boolean groupsHere = (sep == ',') == commaGroups;
    return groupsHere ? new double[] {asGrouped, asDecimal} : new double[] {asDecimal, asGrouped};
  }

  private static boolean spacesGroup(String raw) {
    String[] parts = raw.split("[ \\u00A0\\u202F\\u2009'’]");
    if (parts[0].replaceAll("[.,]", "").length() > 3 || parts[0].contains(".")
        || parts[0].contains(",")) {
      return false;
    }
    for (int i = 1; i < parts.length; i++) {
      String digits = parts[i].split("[.,]")[0];
      if (digits.length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static boolean groupsOfThree(String number, char sep) {
    String[] groups = number.split(Pattern.quote(String.valueOf(sep)), -1);
    if (groups[0].isEmpty() || groups[0].length() > 3) {
      return false;
    }
    for (int i = 1; i < groups.length; i++) {
      if (groups[i].length() != 3) {
        return false;
      }
    }
    return true;
  }

  private static double parse(String number, char grouping, char decimal) {
    StringBuilder plain = new StringBuilder();
    for (char c : number.toCharArray()) {
      if (c == decimal) {
        plain.append('.');
      } else if (c != grouping) {
        plain.append(c);
      }
    }
    return Double.parseDouble(plain.toString());
  }

  private static int count(String s, char c) {
    return (int) s.chars().filter(x -> x == c).count();
  }

  /** Full-width digits as ASCII digits. */
  private static String ascii(String raw) {
    StringBuilder out = new StringBuilder(raw.length());
    for (char c : raw.toCharArray()) {
      int d = Character.digit(c, 10);
      out.append(d >= 0 ? (char) ('0' + d) : c);
    }
    return out.toString();
  }

  /** MP3, G20, COVID-19: digits that belong to a word are part of a name. */
  private static boolean attachedToWord(String text, int start) {
    if (start == 0) {
      return false;
    }
    char before = text.charAt(start - 1);
    if (Character.isLetter(before) && UnicodeScript.of(before) == UnicodeScript.LATIN) {
      return true;
    }
    // COVID-19, F-35 are names; post-90s, mid-2020 are not
    return (before == '-' || before == '‐') && start >= 2
        && Character.isUpperCase(text.charAt(start - 2))
        && UnicodeScript.of(text.charAt(start - 2)) == UnicodeScript.LATIN;
  }

  private void readChinese(String text, boolean[] taken, List<NumberMention> found) {
    Matcher m = CHINESE.matcher(text);
    while (m.find()) {
      int start = m.start();
      int end = m.end();
      String all = m.group();
      char first = all.charAt(0);
      if (taken[start] || (ChineseNumerals.digit(first) < 0 && first != '十')) {
        continue;
      }
      String before = text.substring(Math.max(0, start - 3), start);
      if (before.endsWith("几") || before.endsWith("数") || before.endsWith("好")
          || before.endsWith("双")) {
        // 几十万, 数百: some number, not this one; 双十一 is a shopping festival
        continue;
      }
      String numeral = all;
      if (m.group(1) != null) {
        numeral = all.substring(0, m.start(1) - start);
      } else if (m.group(2) != null) {
        numeral = all.substring(0, m.start(2) - start);
      }
      double value = ChineseNumerals.parse(numeral);
      if (Double.isNaN(value)) {
        continue;
      }
      double scale = 1;
      if (m.group(2) != null) {
        scale = ChineseNumerals.scaleOf(m.group(2));
      } else if (numeral.length() > 1 && (numeral.endsWith("万") || numeral.endsWith("亿"))) {
        scale = ChineseNumerals.scale(numeral.charAt(numeral.length() - 1));
      }
      value *= m.group(2) != null ? scale : 1;
      boolean positional = numeral.chars()
          .anyMatch(c -> ChineseNumerals.scale((char) c) > 0 || c == '点');
      Kind kind;
      if (before.endsWith("百分之")) {
        kind = Kind.FIRM;
      } else if (before.endsWith("第") || "几".equals(m.group(1))
          || positional && approximate(numeral)
          || CHINESE_NAME_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2)))
              .find()) {
        kind = Kind.LOOSE;
      } else if (!positional && numeral.length() >= 2 && text.startsWith("年", end)) {
        kind = Kind.YEAR;
      } else if (CHINESE_DATE_AFTER.matcher(text.substring(end, Math.min(text.length(), end + 2)))
          .find() && value >= 1
          && value <= 31) {
        kind = Kind.DATE;
      } else {
        kind = positional && all.length() >= 2 ? Kind.FIRM : Kind.LOOSE;
      }
      int from = before.endsWith("百分之") ? start - 3 : start;
      found.add(new NumberMention(text.substring(from, end), from, end, new double[] {value},
          kind, scale));
      mark(taken, start, end);
    }
  }

  /** 六七千 "six or seven thousand": two digits side by side give a guess, not a number. */
  private static boolean approximate(String numeral) {
    for (int i = 1; i < numeral.length(); i++) {
      int a = ChineseNumerals.digit(numeral.charAt(i - 1));
      int b = ChineseNumerals.digit(numeral.charAt(i));
      if (a > 0 && b > 0) {
        return true;
      }
    }
    return false;
  }

  private void readWords(String text, boolean[] taken, List<NumberMention> found) {
    Matcher m = WORD.matcher(text);
    List<int[]> tokens = new ArrayList<>();
    while (m.find()) {
      if (!taken[m.start()]) {
        tokens.add(new int[] {m.start(), m.end()});
      }
    }
    for (int i = 0; i < tokens.size(); i++) {
      int[] token = tokens.get(i);
      String word = text.substring(token[0], token[1]);
      String bare = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
      String lower = bare.toLowerCase(Locale.ROOT);
      if (bare.indexOf('-') > 0 && words.cardinal(lower) == null && words.ordinal(lower) == null) {
        readHyphenated(bare, token[0], found);
        continue;
      }
      Integer month = Character.isUpperCase(word.charAt(0)) ? words.month(lower) : null;
      if (month != null && monthReadsAsMonth(text, token, lower)) {
        found.add(new NumberMention(bare, token[0], token[0] + bare.length(),
            new double[] {month}, Kind.LOOSE));
        continue;
      }
      Integer ordinal = words.ordinal(lower);
      if (ordinal != null) {
        found.add(new NumberMention(bare, token[0], token[0] + bare.length(),
            new double[] {ordinal}, Kind.LOOSE));
        continue;
      }
      boolean article = lower.equals("a") || lower.equals("an") || lower.equals("one")
          || lower.equals("ein") || lower.equals("eine") || lower.equals("einer");
      if (words.cardinal(lower) == null && !(article && i + 1 < tokens.size()
          && bigScale(text, tokens.get(i + 1)) != null && adjacent(text, token,
          tokens.get(i + 1)))) {
        continue;
      }
      // a run of number words: "two hundred and fifty thousand"
      double total = 0;
      double current = article ? 1 : words.cardinal(lower);
      int last = i;
      int j = i + 1;
      while (j < tokens.size() && adjacent(text, tokens.get(j - 1), tokens.get(j))) {
        String next = text.substring(tokens.get(j)[0], tokens.get(j)[1])
            .toLowerCase(Locale.ROOT);
        String nextBare = next.endsWith(".") ? next.substring(0, next.length() - 1) : next;
        Double scale = bigScale(text, tokens.get(j));
        Integer cardinal = words.cardinal(nextBare);
        if (scale != null) {
          if (scale == 100) {
            current *= 100;
          } else {
            total += current * scale;
            current = 0;
          }
          last = j;
        } else if (cardinal != null && (current % 100 == 0
            || current % 10 == 0 && current < 100 && cardinal < 10)) {
          current += cardinal;
          last = j;
        } else if ((nextBare.equals("and") || nextBare.equals("und")) && j + 1 < tokens.size()
            && words.cardinal(text.substring(tokens.get(j + 1)[0], tokens.get(j + 1)[1])
            .toLowerCase(Locale.ROOT)) != null) {
          j++;
          continue;
        } else {
          break;
        }
        j++;
      }
      int end = tokens.get(last)[1];
      String endWord = text.substring(tokens.get(last)[0], end);
      if (endWord.endsWith(".") && words.scale(endWord.toLowerCase(Locale.ROOT)) == null) {
        end--;
      }
      Matcher pct = PERCENT_AFTER.matcher(text.substring(end, Math.min(text.length(),
          end + 12)));
      if (pct.find()) {
        end += pct.end();
      }
      found.add(new NumberMention(text.substring(token[0], end), token[0], end,
          new double[] {total + current}, Kind.LOOSE));
      i = last;
    }
  }

  /** "January-September", "seven-fold": the months and the leading number of a compound. */
  private void readHyphenated(String word, int start, List<NumberMention> found) {
    int offset = 0;
    for (String part : word.split("-")) {
      String lower = part.toLowerCase(Locale.ROOT);
      Integer value = null;
      if (!part.isEmpty() && Character.isUpperCase(part.charAt(0)) && lower.length() > 3) {
        value = words.month(lower);
      }
      if (value == null && offset == 0) {
        value = words.cardinal(lower);
      }
      if (value != null) {
        found.add(new NumberMention(part, start + offset, start + offset + part.length(),
            new double[] {value}, Kind.LOOSE));
      }
      offset += part.length() + 1;
    }
  }

  /** The factor of a word of scale token, keeping the full stop of an abbreviation. */
  private Double bigScale(String text, int[] token) {
    String word = text.substring(token[0], token[1]).toLowerCase(Locale.ROOT);
    if (word.length() <= 2) {
      return null;
    }
    Double scale = words.scale(word);
    if (scale == null && word.endsWith(".")) {
      scale = words.scale(word.substring(0, word.length() - 1));
    }
    return scale;
  }

  private static boolean adjacent(String text, int[] left, int[] right) {
    String between = text.substring(left[1], right[0]);
    return between.equals(" ") || between.equals("-") || between.isEmpty();
  }

  /** "May" and "March" are verbs as well, abbreviations names: only next to a number. */
  private static boolean monthReadsAsMonth(String text, int[] token, String lower) {
    boolean full = !lower.equals("may") && !lower.equals("march")
        && (lower.length() > 3 || lower.equals("mai"));
    if (full) {
      return true;
    }
    String before = text.substring(Math.max(0, token[0] - 4), token[0]);
    String after = text.substring(token[1], Math.min(text.length(), token[1] + 3));
    return before.matches(".*\\d\\.?\\s$") || after.matches("^\\.?\\s\\d.*");
  }

  private static void mark(boolean[] taken, int from, int to) {
    for (int i = from; i < to; i++) {
      taken[i] = true;
    }
  }
}
