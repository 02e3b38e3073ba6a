package io.tqc.source;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How long a translation normally is against its source, per language pair: the range of
 * log(target letters / source letters) that 99% of the annotated corpora's segment pairs fall
 * in (fitted by {@code scripts/fit_length_ratios.py}). Fixed percentages do not work: English
 * takes three to four letters per Chinese character, German a sixth more than English.
 */
final class LengthRatios {
  private static final String RESOURCE = "length-ratios.csv";
  /**
   * Shorter sources vary too much in length to tell anything from their translation's: twenty
   * Chinese characters are a clause, fifty letters of an alphabet about ten words.
   */
  static int minSourceLetters(String sourceBase) {
    return isIdeographic(sourceBase) ? 20 : 50;
  }

  /** @param low the lowest normal log ratio, @param high the highest */
  record Range(double low, double median, double high) {
    boolean tooShort(int sourceLetters, int targetLetters) {
      return targetLetters == 0 || Math.log((double) targetLetters / sourceLetters) < low;
    }

    boolean tooLong(int sourceLetters, int targetLetters) {
      return targetLetters > 0 && Math.log((double) targetLetters / sourceLetters) > high;
    }
  }

  private static final class Holder {
    static final Map<String, Range> RANGES = load();
  }

  private LengthRatios() {}

  static Optional<Range> of(String sourceBase, String targetBase) {
    return Optional.ofNullable(Holder.RANGES.get(sourceBase + ">" + targetBase));
  }

  /** Letters and digits: spacing and punctuation are not what a translation leaves out. */
  static int letters(CharSequence text) {
    return (int) text.codePoints().filter(Character::isLetterOrDigit).count();
  }

  /** The letters a length ratio compares on each side of a segment pair. */
  record Letters(int source, int target) {}

  /** A run of Latin letters and digits: in a Chinese or Japanese source, carried over as is. */
  private static final Pattern CARRIED = Pattern.compile("[A-Za-z0-9]+");

  /**
   * The letters of a segment pair that a length ratio compares. In a Chinese or Japanese source
   * the Latin words and the digits ("iPhone 15", "24%") pass into the translation letter for
   * letter, not three to four letters per character, so they are left out on both sides (on
   * the target's side as often as the target has them); counted at the ratio, a sentence full
   * of them would look like an omission.
   */
  static Letters compared(String sourceBase, String source, String target) {
    if (!isIdeographic(sourceBase)) {
      return new Letters(letters(source), letters(target));
    }
    Map<String, Integer> carried = new HashMap<>();
    int sourceCarried = 0;
    Matcher m = CARRIED.matcher(source);
    while (m.find()) {
      carried.merge(m.group(), 1, Integer::sum);
      sourceCarried += m.group().length();
    }
    int targetCarried = 0;
    m = CARRIED.matcher(target);
    while (m.find()) {
      Integer left = carried.get(m.group());
      if (left != null && left > 0) {
        carried.put(m.group(), left - 1);
        targetCarried += m.group().length();
      }
    }
    return new Letters(letters(source) - sourceCarried, letters(target) - targetCarried);
  }

  private static boolean isIdeographic(String base) {
    return base.equals("zh") || base.equals("ja");
  }

  private static Map<String, Range> load() {
    Map<String, Range> ranges = new HashMap<>();
    for (String line : DataLines.of(LengthRatios.class, RESOURCE)) {
      if (line.startsWith("source,")) {
        continue;
      }
      String[] cells = line.split(",");
      ranges.put(cells[0] + ">" + cells[1], new Range(Double.parseDouble(cells[3]),
          Double.parseDouble(cells[4]), Double.parseDouble(cells[5])));
    }
    return Map.copyOf(ranges);
  }
}
