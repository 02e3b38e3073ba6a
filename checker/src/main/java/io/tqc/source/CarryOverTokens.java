package io.tqc.source;

import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The tokens of a source that a translation keeps as they are: links, e-mail addresses,
 * handles and hashtags in any source, and in a source of another script the words written in
 * Latin letters ({@code iPhone 15}, {@code NASA}, {@code 5G}).
 */
final class CarryOverTokens {
  /** A run of Latin words and digits inside text of another script. */
  private static final Pattern LATIN_RUN = Pattern.compile(
      "[A-Za-z0-9\\uFF21-\\uFF3A\\uFF41-\\uFF5A][A-Za-z0-9\\uFF21-\\uFF3A\\uFF41-\\uFF5A+&.'’_-]*"
      + "(?:[ \\u00A0][A-Za-z0-9][A-Za-z0-9+&.'’_-]*)*");
  /** Units written after numbers, which translations spell out ("5km" as "5 kilometres"). */
  private static final Set<String> UNITS = Set.of("km", "kg", "cm", "mm", "m", "g", "t", "h",
      "s", "min", "ml", "mg", "gb", "mb", "tb", "kb", "kw", "mw", "gw", "kwh", "mwh", "gwh",
      "km/h", "ppm", "mph", "am", "pm", "no", "vs");

  private CarryOverTokens() {}

  /** The tokens of a source text, each once, in text order. */
  static List<String> of(String source) {
    Set<String> tokens = new LinkedHashSet<>();
    StringBuilder rest = new StringBuilder(source);
    Matcher links = NumberReader.LINKS.matcher(source);
    while (links.find()) {
      String link = links.group();
      // a Chinese hashtag or handle (#世界杯#, @新华社) is translated like any word
      if (link.codePoints().filter(Character::isLetter)
          .allMatch(c -> UnicodeScript.of(c) == UnicodeScript.LATIN)) {
        tokens.add(link);
      }
      for (int i = links.start(); i < links.end(); i++) {
        rest.setCharAt(i, ' ');
      }
    }
    if (!latinScript(source)) {
      Matcher run = LATIN_RUN.matcher(rest);
      while (run.find()) {
        String token = trim(run.group());
        if (isName(token)) {
          tokens.add(token);
        }
      }
    }
    return new ArrayList<>(tokens);
  }

  /** Whether a target keeps a token: the same letters and digits, ignoring case and spaces. */
  static boolean keeps(String normalizedTarget, String token) {
    return normalizedTarget.contains(normalize(token));
  }

  /** Letters and digits in lower case, full-width forms as ASCII, everything else dropped. */
  static String normalize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    String folded = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC)
        .toLowerCase(Locale.ROOT);
    for (int i = 0; i < folded.length(); i++) {
      char c = folded.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String trim(String token) {
    return token.replaceAll("[.'’_&+-]+$", "");
  }

  /** A token of two letters or more that is no unit of measure and no number alone. */
  private static boolean isName(String token) {
    long letters = token.chars().filter(Character::isLetter).count();
    if (letters < 2) {
      return false;
    }
    String lower = token.toLowerCase(Locale.ROOT);
    return !UNITS.contains(lower) && !lower.matches("\\d+(?:\\.\\d+)?\\s?("
        + String.join("|", UNITS) + ")");
  }

  /**
   * Whether the text is written in Latin letters: a Chinese sentence with a product name in it
   * has fewer Latin letters than Han characters times three (one Han character is a word or
   * half a word).
   */
  static boolean latinScript(String text) {
    int latin = 0;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        letters++;
        if (UnicodeScript.of(c) == UnicodeScript.LATIN) {
          latin++;
        }
      }
    }
    return latin > 3 * (letters - latin);
  }
}
