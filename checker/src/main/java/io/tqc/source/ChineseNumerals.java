package io.tqc.source;

/**
 * The value of a number written in Chinese numerals: {@code 三千五百万} is 35,000,000,
 * {@code 两千} 2,000, {@code 四点二} 4.2, {@code 二〇二三} 2023, and the units of scale after
 * digits ({@code 2.3亿} is 230,000,000).
 */
final class ChineseNumerals {
  static final String DIGITS = "零〇一二两三四五六七八九";
  static final String POSITIONS = "十百千万亿";

  private ChineseNumerals() {}

  /** The value of a digit character, -1 for another character. */
  static int digit(char c) {
    return switch (c) {
      case '零', '〇' -> 0;
      case '一' -> 1;
      case '二', '两' -> 2;
      case '三' -> 3;
      case '四' -> 4;
      case '五' -> 5;
      case '六' -> 6;
      case '七' -> 7;
      case '八' -> 8;
      case '九' -> 9;
      default -> -1;
    };
  }

  /** The factor of a unit of scale or position, 0 for another character. */
  static long scale(char c) {
    return switch (c) {
      case '十' -> 10L;
      case '百' -> 100L;
      case '千' -> 1_000L;
      case '万' -> 10_000L;
      case '亿' -> 100_000_000L;
      default -> 0L;
    };
  }

  /** The factor of a run of units of scale written after digits ({@code 万亿}, {@code 百万}). */
  static double scaleOf(String units) {
    double factor = 1;
    for (int i = 0; i < units.length(); i++) {
      factor *= scale(units.charAt(i));
    }
    return factor;
  }

  /**
   * The value of a numeral such as {@code 三千五百万}, {@code 十五}, {@code 二〇二三} or
   * {@code 四点二}; NaN when it is not one.
   */
  static double parse(String numeral) {
    int point = numeral.indexOf('点');
    if (point >= 0) {
      double whole = parse(numeral.substring(0, point));
      StringBuilder fraction = new StringBuilder("0.");
      int i = point + 1;
      for (; i < numeral.length() && digit(numeral.charAt(i)) >= 0; i++) {
        fraction.append(digit(numeral.charAt(i)));
      }
      double factor = scaleOf(numeral.substring(i));
      return (whole + Double.parseDouble(fraction.toString())) * (factor == 0 ? 1 : factor);
    }
    boolean positional = numeral.chars().anyMatch(c -> scale((char) c) > 0);
    if (!positional) {
      // digit by digit, as years are written: 二〇二三
      long value = 0;
      for (int i = 0; i < numeral.length(); i++) {
        int d = digit(numeral.charAt(i));
        if (d < 0) {
          return Double.NaN;
        }
        value = value * 10 + d;
      }
      return value;
    }
    // 亿 and 万 close a section below 10,000: 三亿五千万 = 3 * 10^8 + 5000 * 10^4
    double total = 0;
    double section = 0;
    long pending = -1;
    for (int i = 0; i < numeral.length(); i++) {
      char c = numeral.charAt(i);
      int d = digit(c);
      if (d >= 0) {
        pending = d;
        continue;
      }
      long factor = scale(c);
      if (factor == 0) {
        return Double.NaN;
      }
      double below = section + Math.max(pending, 0);
      if (factor == 100_000_000L) {
        total = (total + below) * factor;
        section = 0;
      } else if (factor == 10_000L) {
        total += below * factor;
        section = 0;
      } else {
        // 十五: a position without a digit before it counts one
        section += (pending < 0 ? 1 : pending) * factor;
      }
      pending = -1;
    }
    return total + section + Math.max(pending, 0);
  }
}
