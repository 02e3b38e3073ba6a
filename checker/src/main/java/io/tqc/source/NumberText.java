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
    String value = of(mention.value(), language);
    return "“" + mention.text() + "”" + (mention.text().equals(value) ? "" : " (" + value + ")");
  }
}
