package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Double quotation marks a language's typography does not use: German quotes „so“ (or
 * »so«), French « ainsi ». MT and keyboards produce straight "..." or English “...” marks
 * instead. English accepts both straight and curly marks, so it has no entry here and only
 * {@link MixedQuotesRule} checks it, for consistency. A language whose house style is straight
 * ({@link QuoteHouseStyle#STRAIGHT}) is not checked either: there straight marks are right.
 */
public final class LocaleQuotesRule extends BuiltinRule {

  /** The double-quote styles each language accepts; languages not listed are not checked. */
  static final Map<String, Set<QuoteMarks.Style>> DEFAULT_EXPECTED = Map.of(
      "de", EnumSet.of(QuoteMarks.Style.GERMAN, QuoteMarks.Style.GUILLEMETS),
      "fr", EnumSet.of(QuoteMarks.Style.GUILLEMETS));

  private final Map<String, Set<QuoteMarks.Style>> expected;
  private final Map<String, QuoteHouseStyle> houseStyles;

  public LocaleQuotesRule() {
    this(Map.of());
  }

  /** @param houseStyles the house style per language code ({@code de}, {@code de-CH}) */
  public LocaleQuotesRule(Map<String, QuoteHouseStyle> houseStyles) {
    this(DEFAULT_EXPECTED, houseStyles);
  }

  /** @param expected accepted double-quote styles per language (first part of its code) */
  LocaleQuotesRule(Map<String, Set<QuoteMarks.Style>> expected,
      Map<String, QuoteHouseStyle> houseStyles) {
    super("LOCALE_QUOTATION_MARKS", Category.PUNCTUATION, Severity.MINOR,
        "Quotation marks the language's typography does not use");
    this.expected = Map.copyOf(expected);
    this.houseStyles = QuoteHouseStyle.normalise(houseStyles);
  }

  @Override
  public boolean appliesTo(String languageCode) {
    return expected.containsKey(LanguageCodes.base(languageCode))
        && QuoteHouseStyle.of(houseStyles, languageCode) != QuoteHouseStyle.STRAIGHT;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Set<QuoteMarks.Style> accepted = expected.get(LanguageCodes.base(lang(context)));
    if (accepted == null || !appliesTo(lang(context))) {
      return List.of();
    }
    QuoteMarks.Style preferred = accepted.iterator().next();
    List<Finding> out = new ArrayList<>();
    for (QuoteMarks.Mark mark : QuoteMarks.doubleQuotes(context.text(), context)) {
      context.checkDeadline();
      if (!accepted.contains(mark.style())) {
        String replacement = QuoteMarks.replacement(preferred, mark.opening());
        out.add(finding(context, mark.at(), mark.at() + 1,
            "This language writes quotation marks as " + QuoteMarks.replacement(preferred, true)
                + "\u2026" + QuoteMarks.replacement(preferred, false) + ".",
            List.of(replacement)));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("de-DE", "Er sagte: <marker>\"</marker>Wir bleiben.\""),
        RuleExample.flags("de-DE", "Er sagte: \"Wir bleiben.<marker>\"</marker>"),
        RuleExample.flags("de-DE", "Sie nannte es <marker>“</marker>Erfolg”."),
        RuleExample.flags("de-DE", "Das „Projekt“ und das <marker>\"</marker>Werk\" sind neu."),
        RuleExample.flags("de-DE", "Der <marker>\"</marker>Plan\" scheiterte."),
        RuleExample.flags("fr", "Il a dit <marker>\"</marker>oui\"."),
        RuleExample.flags("fr", "Il a dit <marker>“</marker>non”."),
        RuleExample.flags("fr", "Le <marker>\"</marker>projet\" avance."),
        RuleExample.flags("fr", "Elle a répondu <marker>\"</marker>peut-être\" hier."),
        RuleExample.flags("fr", "Le mot <marker>\"</marker>crise\" revient."),
        RuleExample.accepts("de-DE", "Er sagte: „Wir bleiben.“"),
        RuleExample.accepts("de-DE", "Er sagte: »Wir bleiben.«"),
        RuleExample.accepts("de-DE", "Der „Plan“ scheiterte."),
        RuleExample.accepts("de-DE", "Das ist Nokias Plan."),
        RuleExample.accepts("de-DE", "Der Film „Avatar“ und das Buch „Faust“."),
        RuleExample.accepts("fr", "Il a dit « oui »."),
        RuleExample.accepts("en-US", "He said \"yes\" and then “no”."),
        RuleExample.accepts("en-US", "The \"plan\" failed."),
        RuleExample.accepts("en-US", "It is “new”."),
        RuleExample.accepts("en-US", "No quotes here."),
        RuleExample.accepts("en-US", "A 'single' quote."));
  }
}
