package io.tqc.engine;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.languagetool.DetectedLanguage;
import org.languagetool.Language;
import org.languagetool.Languages;

/**
 * Decides which LanguageTool language checks a document: the one the user named, or the one
 * detected from its text. A language without a country variant gets the configured default
 * variant, because LanguageTool only spell-checks a variant.
 */
public final class LanguageResolver {
  public static final String AUTO = "auto";
  public static final Map<String, String> DEFAULT_VARIANTS =
      Map.of("en", "en-US", "de", "de-DE", "pt", "pt-PT", "nl", "nl-NL", "ca", "ca-ES");

  /** Detection needs no more than a few paragraphs, and long texts only slow it down. */
  private static final int DETECTION_SAMPLE_CHARS = LanguageIdentification.MAX_CHARS;

  private static final Map<Character.UnicodeScript, String> UNCHECKABLE_SCRIPTS =
      new EnumMap<>(Map.of(
          Character.UnicodeScript.HANGUL, "Korean (ko)",
          Character.UnicodeScript.ARABIC, "Arabic (ar) or Persian (fa)",
          Character.UnicodeScript.HEBREW, "Hebrew (he)",
          Character.UnicodeScript.GREEK, "Greek (el)",
          Character.UnicodeScript.THAI, "Thai (th)",
          Character.UnicodeScript.DEVANAGARI, "Hindi (hi) or another Devanagari language",
          Character.UnicodeScript.ARMENIAN, "Armenian (hy)",
          Character.UnicodeScript.GEORGIAN, "Georgian (ka)",
          Character.UnicodeScript.BENGALI, "Bengali (bn)",
          Character.UnicodeScript.TAMIL, "Tamil (ta)"));

  private final String requested;
  private final Map<String, String> defaultVariants;

  /**
   * @param requested {@code auto} or a LanguageTool language code
   * @param defaultVariants language code to variant code, e.g. {@code en -> en-GB}
   */
  public LanguageResolver(String requested, Map<String, String> defaultVariants) {
    this.requested = requested;
    this.defaultVariants = Map.copyOf(defaultVariants);
  }

  /** Checks the requested language up front, so that a wrong --lang is a usage error. */
  public void validate() throws UnsupportedLanguageException {
    if (!AUTO.equals(requested)) {
      forCode(requested);
    }
    for (String variant : defaultVariants.values()) {
      forCode(variant);
    }
  }

  public Language resolve(String text) throws UnsupportedLanguageException {
    return AUTO.equals(requested) ? detect(text) : forCode(requested);
  }

  /**
   * The language of a document whose file declares its target language (XLIFF, TMX): the
   * requested one when there is one, else the declared one when tqc checks it, else detected.
   */
  public Language resolve(String text, String declared) throws UnsupportedLanguageException {
    if (AUTO.equals(requested) && declared != null && !declared.isBlank()) {
      try {
        return forCode(declared);
      } catch (UnsupportedLanguageException e) {
        return detect(text);
      }
    }
    return resolve(text);
  }

  /** The checkable language for a code, with the default variant where the code has none. */
  public Language forCode(String code) throws UnsupportedLanguageException {
    Language language;
    try {
      language = Languages.getLanguageForShortCode(code);
    } catch (IllegalArgumentException e) {
      throw new UnsupportedLanguageException("language '" + code + "' is not supported by tqc"
          + " (supported: " + String.join(", ", supportedCodes()) + ")");
    }
    if (language.isVariant() || language.getDefaultLanguageVariant() == null) {
      return language;
    }
    String variant = defaultVariants.getOrDefault(language.getShortCode(),
        DEFAULT_VARIANTS.get(language.getShortCode()));
    if (variant != null && !variant.equals(code)) {
      return forCode(variant);
    }
    return language.getDefaultLanguageVariant();
  }

  private Language detect(String text) throws UnsupportedLanguageException {
    String sample = text.length() > DETECTION_SAMPLE_CHARS
        ? text.substring(0, DETECTION_SAMPLE_CHARS) : text;
    Character.UnicodeScript script = dominantScript(sample);
    String uncheckable = UNCHECKABLE_SCRIPTS.get(script);
    if (uncheckable != null) {
      throw new UnsupportedLanguageException("the text is in " + uncheckable
          + ", which tqc cannot check (written in " + script.name().toLowerCase() + " script)");
    }
    DetectedLanguage detected = LanguageIdentification.detect(sample);
    if (detected == null || detected.getDetectedLanguage() == null) {
      throw new UnsupportedLanguageException(
          "the language could not be detected; name it with --lang");
    }
    return forCode(detected.getDetectedLanguage().getShortCode());
  }

  /** The script of most of the text's letters: Han for Chinese with a Latin name in it. */
  public static Character.UnicodeScript dominantScript(String text) {
    Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
    text.codePoints().filter(Character::isLetter).forEach(cp ->
        counts.merge(Character.UnicodeScript.of(cp), 1, Integer::sum));
    return counts.entrySet().stream().max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey).orElse(Character.UnicodeScript.UNKNOWN);
  }

  public static List<String> supportedCodes() {
    return Languages.get().stream().map(Language::getShortCodeWithCountryAndVariant)
        .sorted().toList();
  }

  public static String languageToolVersion() {
    return org.languagetool.JLanguageTool.VERSION;
  }
}
