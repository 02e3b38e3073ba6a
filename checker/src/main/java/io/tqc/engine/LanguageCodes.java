package io.tqc.engine;

/**
 * The base language of a LanguageTool code ({@code de} for {@code de-CH}), for rules and packs
 * that apply to every variant of a language.
 */
public final class LanguageCodes {
  private LanguageCodes() {}

  /** The part before the first dash: {@code en} for {@code en-US}, {@code fr} for {@code fr}. */
  public static String base(String languageCode) {
    int dash = languageCode.indexOf('-');
    return dash < 0 ? languageCode : languageCode.substring(0, dash);
  }

  /** Whether a code is a variant of a base language: {@code is("de-AT", "de")}. */
  public static boolean is(String languageCode, String baseLanguage) {
    return base(languageCode).equals(baseLanguage);
  }
}
