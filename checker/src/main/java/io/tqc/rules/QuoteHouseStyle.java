package io.tqc.rules;

import io.tqc.engine.LanguageCodes;
import java.util.Locale;
import java.util.Map;

/**
 * An editor's choice of quotation marks and apostrophes for a language ({@code --quotes
 * en=typographic}, config key {@code quotes}), which {@link MixedQuotesRule} holds each document
 * to.
 */
public enum QuoteHouseStyle {
  /** The document's own majority style; on a tie, the language's typographic style. */
  AUTO,
  /** The language's typographic marks (“…” and ’ in English, „…“ in German, « … » in French). */
  TYPOGRAPHIC,
  /** Straight marks: " and '. */
  STRAIGHT;

  /**
   * The style set for a LanguageTool code ({@code en-GB}): a setting for the whole code wins
   * over one for its language ({@code en}); a language without one is {@link #AUTO}.
   */
  static QuoteHouseStyle of(Map<String, QuoteHouseStyle> settings, String languageCode) {
    String code = languageCode.toLowerCase(Locale.ROOT);
    QuoteHouseStyle exact = settings.get(code);
    return exact != null ? exact : settings.getOrDefault(LanguageCodes.base(code), AUTO);
  }

  /** The settings with their language codes in lower case, as {@link #of} looks them up. */
  static Map<String, QuoteHouseStyle> normalise(Map<String, QuoteHouseStyle> settings) {
    Map<String, QuoteHouseStyle> out = new java.util.HashMap<>();
    settings.forEach((code, style) -> out.put(code.strip().toLowerCase(Locale.ROOT), style));
    return Map.copyOf(out);
  }
}
