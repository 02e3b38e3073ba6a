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
 */
public record NumberMention(String text, int start, int end, double[] values, Kind kind) {

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

  public double value() {
    return values[0];
  }
}
