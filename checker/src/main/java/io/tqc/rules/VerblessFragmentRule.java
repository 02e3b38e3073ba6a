package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A sentence with several words and a full stop but no finite verb, in the middle of a
 * paragraph: MT leaves such pieces when it breaks a sentence apart ("Phone operating system
 * phone."). A sentence that is a whole line is left alone, because headlines, bylines,
 * datelines, captions and list items are verbless on purpose and stand on their own line.
 */
public final class VerblessFragmentRule extends BuiltinRule {
  static final int MIN_WORDS = 3;
  /** Quotation marks, colons, brackets and digits: their sentences are verbless by nature. */
  private static final Pattern VERBLESS_BY_NATURE = Pattern.compile(".*[\"“”„«»:()\\[\\]0-9].*");

  public VerblessFragmentRule() {
    super("VERBLESS_FRAGMENT", Category.GRAMMAR, Severity.MAJOR,
        "A sentence inside a paragraph without a finite verb",
        WordClasses::supported);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String lang = lang(context);
    List<Finding> out = new ArrayList<>();
    for (Segment segment : Segments.of(context)) {
      context.checkDeadline();
      if (isFragment(segment, lang)) {
        List<Tok> tokens = segment.tokens();
        int to = tokens.get(tokens.size() - 2).to();
        out.add(finding(context, segment.from(), to,
            "This sentence has no verb; it may be a piece of the sentence before it.",
            List.of()));
      }
    }
    return out;
  }

  static boolean isFragment(Segment segment, String lang) {
    if (segment.wholeLine() || !segment.last().text().equals(".")
        || segment.words() < MIN_WORDS) {
      return false;
    }
    List<Tok> tokens = segment.tokens();
    if (!tokens.get(0).startsUpper() || !startsBare(tokens.get(0), lang)) {
      return false;
    }
    for (Tok tok : tokens) {
      String t = tok.text();
      // Quotations, datelines, figures and bracketed asides are verbless by nature.
      if (VERBLESS_BY_NATURE.matcher(t).matches() || t.equals("'") || t.equals("‘")) {
        return false;
      }
    }
    return !WordClasses.hasFiniteVerb(tokens.subList(0, tokens.size() - 1), lang);
  }

  /**
   * The tail of a broken sentence starts with a bare noun, adjective or adverb; a fragment
   * written on purpose ("A recycled joke from two months ago.", "Timothée Chalamet in some
   * capacity.") usually starts with an article, a pronoun or a name.
   */
  static boolean startsBare(Tok first, String lang) {
    if (!first.isTagged()) {
      return false;
    }
    if (LanguageCodes.is(lang, "de")) {
      return !first.hasTag("ART") && !first.hasTag("PRO") && !first.hasTag("EIG");
    }
    if (LanguageCodes.is(lang, "fr")) {
      return !first.hasTag("D ") && !first.hasTag("R ") && !first.hasTag("Z");
    }
    return !first.hasTag("DT") && !first.hasTag("PDT") && !first.hasTag("PRP")
        && !first.hasTag("NNP") && !first.hasTag("WP") && !first.hasTag("CD");
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "Nokia will develop Windows. <marker>Phone operating system "
            + "phone</marker>."),
        RuleExample.flags("en-US", "The plan was approved. <marker>Very important economic "
            + "measure</marker>. It starts today."),
        RuleExample.flags("en-US", "Prices rose again in May. <marker>Highest level in "
            + "years</marker>."),
        RuleExample.flags("en-US", "He thanked the team. <marker>Great contribution to the "
            + "company's success</marker>."),
        RuleExample.flags("en-US", "The talks ended late. <marker>Serious damage in the border "
            + "region</marker>."),
        RuleExample.flags("de-DE", "Die Firma baut ein neues Werk. <marker>Großes "
            + "Investitionsprojekt im Norden</marker>."),
        RuleExample.flags("fr", "La réunion a eu lieu hier. <marker>Grand succès pour "
            + "tous</marker>."),
        RuleExample.accepts("en-US", "Nokia Claims Microsoft's Billions of Dollars Support"),
        RuleExample.accepts("en-US", "Economic news from Beijing.\nThe market rose today."),
        RuleExample.accepts("en-US", "The company reported a loss. It plans to cut jobs."),
        RuleExample.accepts("en-US", "He said: \"Never again.\" Then he left."),
        RuleExample.accepts("en-US", "Read the report. Then call me."),
        RuleExample.accepts("en-US", "It went viral. A recycled joke from two months ago."),
        RuleExample.accepts("en-US", "Sales grew. Profits fell 3 percent in 2023."),
        RuleExample.accepts("de-DE", "Die Firma baut ein neues Werk. Es kostet viel Geld."),
        RuleExample.accepts("de-DE", "Er wurde bekannt. Ein recycelter Witz von vor zwei "
            + "Monaten."),
        RuleExample.accepts("fr", "La réunion a eu lieu hier. Elle a duré deux heures."));
  }
}
