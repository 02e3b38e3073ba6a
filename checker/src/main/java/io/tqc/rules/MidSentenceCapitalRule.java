package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.tagging.Tagger;

/**
 * A capitalised common word in mid-sentence ("both Hope that"): MT carries over a capital from
 * a broken sentence. Only between two lower-case words (so not in names, titles or headlines),
 * only when the lower-case form is a dictionary word, and only when the document does not use
 * the capitalised form mid-sentence again, which would make it a name.
 *
 * <p>Not for German: there the capital marks nouns, nominalised words ("im Allgemeinen", "etwas
 * Neues") and adjectives in names ("die Deutsche Bahn") as well as names, which a tagger cannot
 * tell from a slip (on unseen German translations 4 of 48 findings were right), and
 * LanguageTool's German grammar checks capitalisation itself.
 */
public final class MidSentenceCapitalRule extends BuiltinRule {
  private static final Pattern EN_COMMON = Pattern.compile("VB.*|JJ.*|RB.*|IN|CC|DT|PRP.*|MD");
  private static final Pattern FR_COMMON = Pattern.compile("(V|J|A|ADV|C|P)( .*)?");

  public MidSentenceCapitalRule() {
    super("MID_SENTENCE_CAPITAL", Category.SPELLING, Severity.NEUTRAL,
        "A common word capitalised in mid-sentence",
        code -> WordClasses.supported(code) && !LanguageCodes.is(code, "de"));
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String lang = lang(context);
    if (!appliesTo(lang)) {
      return List.of();
    }
    List<Segment> segments = Segments.of(context);
    Map<String, Integer> midSentenceUses = new HashMap<>();
    for (Segment segment : segments) {
      List<Tok> tokens = segment.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        context.checkDeadline();
        if (tokens.get(i).isCapitalised()) {
          midSentenceUses.merge(tokens.get(i).text(), 1, Integer::sum);
        }
      }
    }
    Tagger tagger = context.language().getTagger();
    List<Finding> out = new ArrayList<>();
    for (Segment segment : segments) {
      List<Tok> tokens = segment.tokens();
      // Headlines capitalise most words.
      if (titleCase(segment)) {
        continue;
      }
      for (int i = 1; i + 1 < tokens.size(); i++) {
        context.checkDeadline();
        Tok tok = tokens.get(i);
        Tok before = tokens.get(i - 1);
        Tok after = tokens.get(i + 1);
        if (!tok.isCapitalised() || !before.isWord() || !before.isLower() || after.startsUpper()
            || !(after.isWord() || after.text().equals(",") || after.text().equals("."))
            || WordClasses.ARTICLES.contains(before.text().toLowerCase(Locale.ROOT))
            || introducesName(before, tokens, i)
            || midSentenceUses.getOrDefault(tok.text(), 0) > 1) {
          continue;
        }
        String lower = tok.text().toLowerCase(Locale.ROOT);
        if (isCommonWord(tagger, tok, lower, lang)) {
          out.add(finding(context, tok.from(), tok.to(),
              "\u201C" + tok.text() + "\u201D is capitalised in mid-sentence.",
              List.of(lower)));
        }
      }
    }
    return out;
  }

  /**
   * Names follow prepositions and conjunctions ("in Japan", "to Wind", "Party and State") and
   * run on through "of" and "and" ("Price and Bidding and Procurement Department"); a capital
   * there is more often a name than a slip.
   */
  private static boolean introducesName(Tok before, List<Tok> tokens, int i) {
    String previous = before.text().toLowerCase(Locale.ROOT);
    if (before.hasTag("IN") || before.hasTag("TO") || before.hasTag("P")
        || NAME_LINKS.contains(previous)) {
      return true;
    }
    if (i + 2 < tokens.size()) {
      String next = tokens.get(i + 1).text().toLowerCase(Locale.ROOT);
      return NAME_LINKS.contains(next) && tokens.get(i + 2).startsUpper();
    }
    return false;
  }

  private static final java.util.Set<String> NAME_LINKS = java.util.Set.of("and", "of", "&",
      "or", "for", "et", "de", "du", "des", "ou");

  /** Headlines and titles capitalise most words. */
  private static boolean titleCase(Segment segment) {
    int words = 0;
    int capitalised = 0;
    for (Tok tok : segment.tokens()) {
      if (tok.isWord()) {
        words++;
        if (tok.startsUpper()) {
          capitalised++;
        }
      }
    }
    return capitalised * 2 > words;
  }

  private static boolean isCommonWord(Tagger tagger, Tok tok, String lower, String lang) {
    Pattern common;
    if (LanguageCodes.is(lang, "fr")) {
      if (tok.hasTag("Z")) {
        return false;
      }
      common = FR_COMMON;
    } else {
      common = EN_COMMON;
    }
    try {
      List<AnalyzedTokenReadings> tagged = tagger.tag(List.of(lower));
      for (AnalyzedTokenReadings readings : tagged) {
        for (AnalyzedToken reading : readings.getReadings()) {
          String tag = reading.getPOSTag();
          if (tag != null && common.matcher(tag).matches()) {
            return true;
          }
        }
      }
    } catch (IOException e) {
      return false;
    }
    return false;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "The funds will be used for research, both <marker>Hope"
            + "</marker> that the phone sells."),
        RuleExample.flags("en-US", "The company <marker>Said</marker> that sales rose."),
        RuleExample.flags("en-US", "The prices rose <marker>Quickly</marker> in the summer."),
        RuleExample.flags("en-US", "The minister will <marker>Visit</marker> the region."),
        RuleExample.flags("en-US", "We are very <marker>Happy</marker> with the result."),
        RuleExample.flags("fr", "Les prix ont <marker>Beaucoup</marker> augmenté en mai."),
        RuleExample.accepts("en-US", "Nokia Claims Microsoft's Billions of Dollars Support"),
        RuleExample.accepts("en-US", "The deal was signed by the Commission yesterday."),
        RuleExample.accepts("en-US", "He met Bob Hope in Paris."),
        RuleExample.accepts("en-US", "Elop said that Nokia will grow."),
        RuleExample.accepts("en-US", "The tsunami in Japan killed many."),
        RuleExample.accepts("en-US", "He heads the Department of Labor and Sports and Wellness."),
        RuleExample.accepts("en-US", "She works at Hope and visits Hope every day."),
        RuleExample.accepts("de-DE", "Die Preise sind im Mai stark gestiegen, sagte er."),
        RuleExample.accepts("de-DE", "Wir wünschen ihm alles Gute und viel Erfolg."),
        // German capitals are left to LanguageTool's German grammar.
        RuleExample.accepts("de-DE", "Das wird im Allgemeinen von der Deutschen Bahn geregelt."),
        RuleExample.accepts("de-DE", "Die Preise sind im Mai Schnell gestiegen."),
        RuleExample.accepts("fr", "Il a rencontré Pierre à Paris."));
  }
}
