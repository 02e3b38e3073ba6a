package io.tqc.source;

/**
 * A number written in a segment, in any form (digits, Chinese numerals, number words, a month's
 * name), with the values it may stand for.
 *
 * @param text the number as written, with its unit of scale ({@code 2.3亿}, {@code 35 million})
 * @param start UTF-16 offset in the segment text
 * @param end UTF-16 offset after it
 * @param values what it may mean: the reading the language's conventions give first, then other
 *     readings of an ambiguous shape ({@code 1.000} in English; 3 p.m. is 3 and 15)
 * @param kind how firmly a translation must carry it over
 * @param scale the unit of scale written with it (10,000 for 万, a million for "million"), 1
 *     for none
 */
public record NumberMention(String text, int start, int end, double[] values, Kind kind,
    double scale) {

  /** A number written without a unit of scale. */
  public NumberMention(String text, int start, int end, double[] values, Kind kind) {
    this(text, start, end, values, kind, 1);
  }

  /** How much a number says about its translation. */
  public enum Kind {
    /**
     * Digits, a Chinese numeral of two characters or more, a percentage or a number with a unit
     * of scale: a translation must say the same number.
     */
    FIRM,
    /** A year: a translation may leave it out, but must not change it. */
    YEAR,
    /**
     * A month or a day of a date (3月5日, a dateline's 11日电): a translation may leave it out,
     * as it often does with the date of a dispatch, but must not change it.
     */
    DATE,
    /**
     * A number word, a small or single-character number, an ordinal, a month's name: often
     * rendered otherwise ("一" as "a", "第三" as "third"), so it only vouches for a number of the
     * other side and is never reported itself.
     */
    LOOSE
  }

  /** Whether both may mean the same number. */
  public boolean sameValue(NumberMention other) {
    for (double a : values) {
      for (double b : other.values) {
        if (Math.abs(a - b) <= 1e-9 * Math.max(1, Math.max(Math.abs(a), Math.abs(b)))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The same number with more readings. */
  NumberMention withValues(double[] more) {
    double[] all = java.util.Arrays.copyOf(values, values.length + more.length);
    System.arraycopy(more, 0, all, values.length, more.length);
    return new NumberMention(text, start, end, all, kind, scale);
  }

  public double value() {
    return values[0];
  }
}
