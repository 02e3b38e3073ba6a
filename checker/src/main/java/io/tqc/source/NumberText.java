package io.tqc.source;

import java.text.NumberFormat;
import java.util.Locale;

/** A number's value written the way the target language writes numbers, for messages. */
final class NumberText {
  private NumberText() {}

  static String of(double value, String language) {
    NumberFormat format = NumberFormat.getNumberInstance(Locale.forLanguageTag(
        language.isEmpty() ? "en" : language));
    format.setMaximumFractionDigits(6);
    return format.format(value);
  }

  /** {@code “3500万” (35,000,000)}, or the number alone when it is written as its value. */
  static String quoted(NumberMention mention, String language) {
    // digits say their value themselves; 3.5亿, 三千五百万 and "two million" need it spelt out
    boolean digitsOnly = mention.text().chars().allMatch(c -> Character.isDigit(c)
        || ".,% ％\u00A0\u202F".indexOf(c) >= 0);
    String value = of(mention.value(), language);
    return "“" + mention.text() + "”" + (digitsOnly ? "" : " (" + value + ")");
  }
}
