package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Quotation marks or apostrophes of a style the rest of the document does not use: MT output
 * and pasted passages mix straight and typographic marks, and an editor sees any such mix as an
 * inconsistency. Each document is held to one style, chosen by the language's house style
 * ({@link QuoteHouseStyle}): by default the document's majority style, on a tie the language's
 * typographic one. Double marks in the languages {@link LocaleQuotesRule} checks are left to it,
 * unless their house style is straight.
 */
public final class MixedQuotesRule extends BuiltinRule {
  /** The typographic apostrophe is ’ in every language that has one. */
  private static final QuoteMarks.Style TYPOGRAPHIC_APOSTROPHE = QuoteMarks.Style.ENGLISH;

  private final Map<String, QuoteHouseStyle> houseStyles;

  public MixedQuotesRule() {
    this(Map.of());
  }

  /** @param houseStyles the house style per language code ({@code en}, {@code en-GB}) */
  public MixedQuotesRule(Map<String, QuoteHouseStyle> houseStyles) {
    super("MIXED_QUOTES", Category.PUNCTUATION, Severity.NEUTRAL,
        "Quotation marks or apostrophes in a style the document does not otherwise use");
    this.houseStyles = QuoteHouseStyle.normalise(houseStyles);
  }

  /** One quotation mark or apostrophe, and the character that would replace it. */
  private record Mark(int at, QuoteMarks.Style style, boolean opening) {}

  /** The style a document is held to, and why, for the message. */
  private record Expected(QuoteMarks.Style style, String reason) {}

  @Override
  public List<Finding> check(CheckContext context) {
    String text = context.text();
    String language = lang(context);
    QuoteHouseStyle house = QuoteHouseStyle.of(houseStyles, language);
    List<Finding> out = new ArrayList<>();
    if (house == QuoteHouseStyle.STRAIGHT
        || !LocaleQuotesRule.DEFAULT_EXPECTED.containsKey(LanguageCodes.base(language))) {
      List<Mark> marks = QuoteMarks.doubleQuotes(text, context).stream()
          .map(m -> new Mark(m.at(), m.style(), m.opening())).toList();
      Expected expected = expected(marks, house, QuoteMarks.typographic(language));
      for (Mark mark : marks) {
        context.checkDeadline();
        if (expected != null && mark.style() != expected.style()) {
          String replacement = QuoteMarks.replacement(expected.style(), mark.opening());
          out.add(finding(context, mark.at(), mark.at() + 1, "This quotation mark differs from "
              + expected.reason() + " " + replacement + ".", List.of(replacement)));
        }
      }
    }
    List<Mark> apostrophes = apostrophes(text);
    Expected expected = expected(apostrophes, house, Optional.of(TYPOGRAPHIC_APOSTROPHE));
    for (Mark mark : apostrophes) {
      context.checkDeadline();
      if (expected != null && mark.style() != expected.style()) {
        String replacement = apostrophe(expected.style());
        out.add(finding(context, mark.at(), mark.at() + 1, "This apostrophe differs from "
            + expected.reason() + " " + replacement + ".", List.of(replacement)));
      }
    }
    return out;
  }

  /**
   * The style the marks should have: the house style's, or with {@code auto} the most frequent
   * one, and on a tie the typographic one. Null when nothing can be said: no marks, or a tie in
   * a language without one typographic style.
   */
  private static Expected expected(List<Mark> marks, QuoteHouseStyle house,
      Optional<QuoteMarks.Style> typographic) {
    if (marks.isEmpty()) {
      return null;
    }
    Map<QuoteMarks.Style, Integer> counts = new EnumMap<>(QuoteMarks.Style.class);
    marks.forEach(mark -> counts.merge(mark.style(), 1, Integer::sum));
    return switch (house) {
      case STRAIGHT -> new Expected(QuoteMarks.Style.STRAIGHT, "the house style's");
      case TYPOGRAPHIC -> new Expected(typographic.orElseGet(() -> mostFrequentTypographic(counts)),
          "the house style's");
      case AUTO -> {
        List<QuoteMarks.Style> top = mostFrequent(counts);
        if (top.size() == 1) {
          yield new Expected(top.get(0), "the document's usual");
        }
        // As many of one style as of another: the typography books decide.
        yield typographic.map(style -> new Expected(style,
            "the typographic style, of two the document uses equally often,")).orElse(null);
      }
    };
  }

  private static List<QuoteMarks.Style> mostFrequent(Map<QuoteMarks.Style, Integer> counts) {
    int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    return counts.entrySet().stream().filter(e -> e.getValue() == most)
        .map(Map.Entry::getKey).toList();
  }

  /** For a language without one typographic style: the typographic style the document uses. */
  private static QuoteMarks.Style mostFrequentTypographic(Map<QuoteMarks.Style, Integer> counts) {
    Map<QuoteMarks.Style, Integer> typographic = new EnumMap<>(counts);
    typographic.remove(QuoteMarks.Style.STRAIGHT);
    List<QuoteMarks.Style> top = mostFrequent(typographic);
    return top.isEmpty() ? QuoteMarks.Style.ENGLISH : top.get(0);
  }

  /** Apostrophes inside words (Nokia's, don't): straight ' or typographic ’. */
  private static List<Mark> apostrophes(String text) {
    List<Mark> marks = new ArrayList<>();
    for (int i = 1; i + 1 < text.length(); i++) {
      char c = text.charAt(i);
      if ((c == '\'' || c == '\u2019') && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        marks.add(new Mark(i, c == '\'' ? QuoteMarks.Style.STRAIGHT : TYPOGRAPHIC_APOSTROPHE,
            false));
      }
    }
    return marks;
  }

  private static String apostrophe(QuoteMarks.Style style) {
    return style == QuoteMarks.Style.STRAIGHT ? "'" : "\u2019";
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "He said “yes”, “no”, “never” and <marker>\"</marker>maybe\"."),
        RuleExample.flags("en-US", "Nokia's, Apple's and IBM's shares fell, unlike Google<marker>’"
            + "</marker>s."),
        RuleExample.flags("en-US", "\"One\", \"two\", \"three\" and <marker>“</marker>four”."),
        RuleExample.flags("en-US", "It’s the CEO’s plan, it’s Nokia’s, and it<marker>'</marker>s "
            + "new."),
        // Two typographic pairs and one straight pair: any mix is an inconsistency.
        RuleExample.flags("en-US", "He called it “cheap” and “fast”, not <marker>\"</marker>good"
            + "\"."),
        RuleExample.flags("en-US", "He called it “cheap” and “fast”, not \"good<marker>\""
            + "</marker>."),
        // A tie: the language's typographic style.
        RuleExample.flags("en-US", "“A” and “B” but <marker>\"</marker>C\" and \"D\"."),
        RuleExample.flags("en-US", "It’s Nokia<marker>'</marker>s plan."),
        RuleExample.flags("en-US", "“A” and <marker>«</marker>B»."),
        RuleExample.flags("de-DE", "Wie geht's, gibt's und hat's, aber wie war<marker>’"
            + "</marker>s?"),
        RuleExample.flags("fr", "L'État, l'été, l'eau et l<marker>’</marker>air."),
        RuleExample.flags("ru-RU", "Он сказал «да» и <marker>\"</marker>нет\"."),
        RuleExample.accepts("en-US", "He said “yes” and “no”."),
        RuleExample.accepts("en-US", "He said \"yes\" and \"no\"."),
        RuleExample.accepts("en-US", "Nokia's and Apple's shares fell."),
        RuleExample.accepts("en-US", "It’s the CEO’s plan."),
        RuleExample.accepts("en-US", "The 'quoted' word and Nokia’s plan."),
        RuleExample.accepts("en-US", "He said \"yes\" and Nokia’s plan."),
        RuleExample.accepts("de-DE", "Er sagte „ja“ und „nein“."),
        RuleExample.accepts("de-DE", "Er sagte „ja“ und \"nein\"."),
        RuleExample.accepts("fr", "Il a dit « oui » et « non »."),
        RuleExample.accepts("ru-RU", "Он сказал «да» и «нет»."));
  }
}
