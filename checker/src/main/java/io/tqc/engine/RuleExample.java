package io.tqc.engine;

import java.util.Objects;

/**
 * A text a rule must flag or must not flag. In a text it must flag, {@code <marker>} and
 * {@code </marker>} surround the exact span of the finding, as in LanguageTool's grammar.xml
 * examples.
 *
 * @param language LanguageTool code the example is checked in ({@code en-US}, {@code de-DE})
 * @param markedText the text, with the expected span marked when it must be flagged
 * @param line line of the rule's source file the example comes from, 0 for built-in rules
 * @param sourceLanguage language of the source segment the text translates, empty when the
 *     example is monolingual
 * @param source the source segment the whole text translates, null when monolingual
 */
public record RuleExample(String language, String markedText, int line, String sourceLanguage,
    String source) {
  public static final String OPEN = "<marker>";
  public static final String CLOSE = "</marker>";

  public RuleExample {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(markedText, "markedText");
    int open = markedText.indexOf(OPEN);
    int close = markedText.indexOf(CLOSE);
    if ((open < 0) != (close < 0) || close < open) {
      throw new IllegalArgumentException("unbalanced <marker> in example: " + markedText);
    }
    sourceLanguage = sourceLanguage == null ? "" : sourceLanguage;
  }

  /** A monolingual example. */
  public RuleExample(String language, String markedText, int line) {
    this(language, markedText, line, "", null);
  }

  /** A translation of {@code source} that must be flagged at its marked span. */
  public static RuleExample flagsTranslation(String sourceLanguage, String source,
      String language, String markedText) {
    if (!markedText.contains(OPEN)) {
      throw new IllegalArgumentException("a must-flag example marks its span: " + markedText);
    }
    return new RuleExample(language, markedText, 0, sourceLanguage, source);
  }

  /** A translation of {@code source} that must not be flagged. */
  public static RuleExample acceptsTranslation(String sourceLanguage, String source,
      String language, String text) {
    return new RuleExample(language, text, 0, sourceLanguage, source);
  }

  public static RuleExample flags(String language, String markedText) {
    if (!markedText.contains(OPEN)) {
      throw new IllegalArgumentException("a must-flag example marks its span: " + markedText);
    }
    return new RuleExample(language, markedText, 0);
  }

  public static RuleExample accepts(String language, String text) {
    return new RuleExample(language, text, 0);
  }

  public boolean mustFlag() {
    return markedText.contains(OPEN);
  }

  /** The text without markers. */
  public String text() {
    return markedText.replace(OPEN, "").replace(CLOSE, "");
  }

  /** UTF-16 start of the marked span, -1 for a must-not-flag example. */
  public int expectedFrom() {
    return markedText.indexOf(OPEN);
  }

  /** UTF-16 end of the marked span, -1 for a must-not-flag example. */
  public int expectedTo() {
    return mustFlag() ? markedText.indexOf(CLOSE) - OPEN.length() : -1;
  }
}
