package io.tqc.rules;

import io.tqc.engine.CheckContext;
import io.tqc.engine.LanguageCodes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Double quotation marks in a text, classified by typographic style. */
final class QuoteMarks {
  private QuoteMarks() {}

  /** Styles of double quotation marks. */
  enum Style { STRAIGHT, ENGLISH, GERMAN, GUILLEMETS }

  /** One double quotation mark at a UTF-16 offset. */
  record Mark(int at, Style style, boolean opening) {}

  static List<Mark> doubleQuotes(String text, CheckContext context) {
    List<Mark> marks = new ArrayList<>();
    boolean germanOpen = false;
    for (int i = 0; i < text.length(); i++) {
      context.checkDeadline();
      char c = text.charAt(i);
      boolean opening = i == 0 || Character.isWhitespace(text.charAt(i - 1))
          || "([{".indexOf(text.charAt(i - 1)) >= 0;
      switch (c) {
        case '"' -> marks.add(new Mark(i, Style.STRAIGHT, opening));
        case '\u201E' -> {
          marks.add(new Mark(i, Style.GERMAN, true));
          germanOpen = true;
        }
        case '\u201C' -> {
          // “ closes a German „ quotation and opens an English one.
          marks.add(new Mark(i, germanOpen ? Style.GERMAN : Style.ENGLISH,
              !germanOpen));
          germanOpen = false;
        }
        case '\u201D' -> marks.add(new Mark(i, Style.ENGLISH, false));
        case '\u00AB', '\u00BB' -> marks.add(new Mark(i, Style.GUILLEMETS, c == '\u00AB'));
        case '\n' -> germanOpen = false;
        default -> { }
      }
    }
    return marks;
  }

  /**
   * The double quotation marks a language's typography books prescribe; empty for languages
   * that use several styles alike (Spanish, Italian, Portuguese, Dutch, ...).
   */
  private static final Map<String, Style> TYPOGRAPHIC = Map.of(
      "en", Style.ENGLISH,
      "zh", Style.ENGLISH,
      "de", Style.GERMAN,
      "fr", Style.GUILLEMETS,
      "ru", Style.GUILLEMETS,
      "uk", Style.GUILLEMETS);

  /** @param languageCode a LanguageTool code such as {@code en-GB} */
  static Optional<Style> typographic(String languageCode) {
    return Optional.ofNullable(TYPOGRAPHIC.get(LanguageCodes.base(languageCode)));
  }

  static String replacement(Style style, boolean opening) {
    return switch (style) {
      case STRAIGHT -> "\"";
      case ENGLISH -> opening ? "\u201C" : "\u201D";
      case GERMAN -> opening ? "\u201E" : "\u201C";
      case GUILLEMETS -> opening ? "\u00AB" : "\u00BB";
    };
  }

}
