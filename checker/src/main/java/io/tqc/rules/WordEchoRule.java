package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The same content word twice within a few words of one clause ("Phone operating system
 * phone"): MT echoes a word when it translates one source word twice. Adjacent repeats are left
 * to LanguageTool's word-repeat rules; fixed reduplications ("step by step") and names repeated
 * on purpose are not echoes. A restatement with a qualifier ("the issue is a fundamental
 * issue") is: raters of news translations marked 23 of 24 such findings as errors.
 *
 * <p>Speech repeats words on purpose far more often than writing, and a transcript shows no
 * sign of it that this rule can see: on transcribed talks its findings were right about one
 * time in five (against three in four on news), so its severity is a matter for the evaluation.
 */
public final class WordEchoRule extends BuiltinRule {
  /** Most tokens apart the two words may be (2 = one word between them). */
  static final int MAX_DISTANCE = 4;

  private static final Set<String> CLAUSE_BREAKS = Set.of(",", ";", ":", "(", ")", "-", "–",
      "—", "\"", "“", "”", "„", "«", "»", "/");
  private static final Set<String> COORDINATORS = Set.of("and", "or", "nor", "but", "as",
      "und", "oder", "sowie", "aber", "wie", "et", "ou", "mais", "comme");
  private static final Set<String> REDUPLICATION_LINKS = Set.of("and", "by", "to", "after",
      "or", "upon", "for", "over", "und", "für", "um", "nach", "an", "zu", "oder", "et", "par",
      "à", "après", "ou", "pour");
  private static final Set<String> LIGHT_LEMMAS = Set.of("be", "have", "do", "say", "get",
      "make", "go", "also", "not", "very", "more", "most", "much", "many", "same", "other",
      "well", "only", "even", "still", "just", "so", "too", "then", "now", "there", "here",
      "sein", "haben", "werden", "sagen", "auch", "nicht", "noch", "nur", "schon", "sehr",
      "mehr", "dann", "jetzt", "immer", "wieder", "être", "avoir", "faire", "dire", "plus",
      "très", "aussi", "bien", "ne", "pas");

  public WordEchoRule() {
    super("WORD_ECHO", Category.AWKWARD, Severity.NEUTRAL,
        "The same content word twice within a few words of one clause",
        WordClasses::supported);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String lang = lang(context);
    List<Finding> out = new ArrayList<>();
    for (Segment segment : Segments.of(context)) {
      List<Tok> tokens = segment.tokens();
      int clauseStart = 0;
      for (int i = 0; i < tokens.size(); i++) {
        context.checkDeadline();
        if (CLAUSE_BREAKS.contains(tokens.get(i).text())) {
          clauseStart = i + 1;
          continue;
        }
        Tok first = tokens.get(i);
        if (!WordClasses.isContentWord(first, lang)) {
          continue;
        }
        int j = echoOf(tokens, i, lang);
        if (j > 0) {
          Tok second = tokens.get(j);
          out.add(finding(context, first.from(), second.to(),
              "\u201C" + second.text() + "\u201D repeats \u201C" + first.text()
                  + "\u201D a few words earlier; one of them is probably superfluous.",
              List.of()));
          i = j;
        }
      }
    }
    return out;
  }

  /** Index of the echo of token i in the same clause, or -1. */
  private static int echoOf(List<Tok> tokens, int i, String lang) {
    Tok first = tokens.get(i);
    String lemma = first.lemma();
    if (LIGHT_LEMMAS.contains(lemma)) {
      return -1;
    }
    for (int j = i + 1; j <= i + MAX_DISTANCE && j < tokens.size(); j++) {
      Tok second = tokens.get(j);
      String between = second.text().toLowerCase(Locale.ROOT);
      // Lists ("reduction, pollution reduction"), coordination ("members and alternate
      // members") and ranges ("365 days, 540 days") repeat a head word on purpose.
      if (CLAUSE_BREAKS.contains(between) || COORDINATORS.contains(between)
          || second.text().chars().anyMatch(Character::isDigit)) {
        return -1;
      }
      if (j == i + 1 || !second.isWord() || !sameWord(first, second)) {
        continue;
      }
      if (j == i + 2 && REDUPLICATION_LINKS.contains(
          tokens.get(i + 1).text().toLowerCase(Locale.ROOT))) {
        return -1;
      }
      // A word inside a name ("the Singapore Tourism Board ... tourism") is not an echo.
      if ((i > 0 && first.startsUpper() && isName(first, lang))
          || (second.startsUpper() && isName(second, lang))
          || !WordClasses.isContentWord(second, lang)) {
        return -1;
      }
      return j;
    }
    return -1;
  }

  private static boolean sameWord(Tok a, Tok b) {
    if (a.text().equalsIgnoreCase(b.text())) {
      return true;
    }
    for (String lemma : a.lemmas()) {
      if (b.lemmas().contains(lemma)) {
        return true;
      }
    }
    return false;
  }

  /** German capitalises every noun, so there only a proper-noun tag marks a name. */
  private static boolean isName(Tok tok, String lang) {
    return !LanguageCodes.is(lang, "de") || tok.hasTag("EIG") || !tok.isTagged();
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "They develop Windows. <marker>Phone operating system "
            + "phone</marker>."),
        RuleExample.flags("en-US", "The <marker>price of the prices</marker> went up."),
        RuleExample.flags("en-US", "We need to <marker>develop the developing</marker> "
            + "markets."),
        RuleExample.flags("en-US", "The <marker>market in the market</marker> is open."),
        RuleExample.flags("en-US", "The <marker>growth rate of growth</marker> slowed."),
        RuleExample.flags("de-DE", "Die <marker>Regierung der Regierung</marker> hat "
            + "entschieden."),
        RuleExample.flags("fr", "Le <marker>marché du marché</marker> est ouvert."),
        RuleExample.accepts("en-US", "Prices rose step by step over the year."),
        RuleExample.accepts("en-US", "More and more people buy phones online."),
        RuleExample.accepts("en-US", "The company said it would sell the company's shares."),
        RuleExample.accepts("en-US", "Nokia and Microsoft signed; Nokia will use Windows."),
        RuleExample.accepts("en-US", "The Human Sperm Bank said sperm donors get checks."),
        RuleExample.accepts("en-US", "The phone is new, and the old phone was sold."),
        RuleExample.accepts("en-US", "State-owned enterprises and private enterprises grew."),
        RuleExample.accepts("en-US", "Periods of 365 days, 540 days and 720 days apply."),
        RuleExample.accepts("de-DE", "Schritt für Schritt wächst die Firma."),
        RuleExample.accepts("fr", "Le marché a progressé pas à pas."));
  }
}
