package io.tqc.source;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A measure converted between imperial and metric units: "375 pounds" rendered as "170
 * Kilogramm" is the same weight, not a wrong number. Translators and MT convert measures for
 * readers who think in the other system (the WMT23 English→German news has "between 375 and 400
 * pounds" as "zwischen 170 und 180 Kilogramm", unmarked by its raters), and round as they go.
 */
final class UnitConversion {
  /**
   * How far a converted value may lie from the exact conversion: "180" for 400 lb (181.4 kg) and
   * "10 km" for 6 miles (9.7) are usual roundings; 170 kg for 400 lb is another number.
   */
  private static final double TOLERANCE = 0.04;
  /**
   * What may stand between a number and its unit: the rest of a range ("375 and 400 pounds");
   * a hyphen may join them ("a 30-foot wall").
   */
  private static final String RANGE_TAIL =
      "(?:\\s*(?:and|to|or|-|–|und|bis|oder)\\s*[0-9][0-9.,  ]*)?\\s*";

  /** One imperial unit and the metric one it converts to: metric = imperial × factor + offset. */
  private record Pair(Pattern imperial, Pattern metric, double factor, double offset) {
    double toMetric(double value) {
      return value * factor + offset;
    }
  }

  private static final List<Pair> PAIRS = List.of(
      pair("pounds?|lbs?\\.?|Pfund", "kilo(?:gram(?:me)?s?)?|kg|Kilogramm|Kilo", 0.45359237, 0),
      pair("miles?|mi\\.?|Meilen?", "kilomet(?:er|re)s?|km|Kilometern?", 1.609344, 0),
      pair("feet|foot|ft\\.?|Fuß", "met(?:er|re)s?|m|Metern?", 0.3048, 0),
      pair("inch(?:es)?|in\\.|Zoll", "centimet(?:er|re)s?|cm|Zentimetern?", 2.54, 0),
      pair("gallons?|Gallonen?", "lit(?:er|re)s?|l|Litern?", 3.785411784, 0),
      pair("ounces?|oz\\.?|Unzen?", "grams?|grammes?|g|Gramm", 28.349523125, 0),
      pair("acres?|Acres?|Morgen", "hectares?|ha|Hektar", 0.40468564224, 0),
      pair("(?:degrees? )?Fahrenheit|°F|Grad Fahrenheit|F\\b",
          "(?:degrees? )?Celsius|°C|Grad(?: Celsius)?|C\\b", 5.0 / 9, -160.0 / 9));

  private UnitConversion() {}

  private static Pair pair(String imperial, String metric, double factor, double offset) {
    return new Pair(unitAfter(imperial), unitAfter(metric), factor, offset);
  }

  private static Pattern unitAfter(String units) {
    return Pattern.compile(RANGE_TAIL + "-?(?:" + units + ")(?![\\p{L}])");
  }

  /**
   * Whether the source's number, written before a unit of one system, and the target's, before
   * the matching unit of the other, are the same measure.
   *
   * @param source the source segment, {@code s} a number in it
   * @param target the target segment, {@code t} a number in it
   */
  static boolean same(String source, NumberMention s, String target, NumberMention t) {
    String afterSource = source.substring(s.end());
    String afterTarget = target.substring(t.end());
    for (Pair pair : PAIRS) {
      if (pair.imperial().matcher(afterSource).lookingAt()
          && pair.metric().matcher(afterTarget).lookingAt()) {
        return close(pair.toMetric(s.value()), t.value());
      }
      if (pair.metric().matcher(afterSource).lookingAt()
          && pair.imperial().matcher(afterTarget).lookingAt()) {
        return close(s.value(), pair.toMetric(t.value()));
      }
    }
    return false;
  }

  private static boolean close(double exact, double written) {
    return Math.abs(exact - written) <= TOLERANCE * Math.max(1, Math.abs(exact));
  }
}
