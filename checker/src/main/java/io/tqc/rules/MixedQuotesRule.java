package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Quotation marks or apostrophes of a style the rest of the document does not use: MT output
 * and pasted passages mix straight and typographic marks. When one style clearly dominates
 * the document, the marks of the other styles are flagged; an even mix is left alone.
 */
public final class MixedQuotesRule extends BuiltinRule {

  /**
   * How many times more often the usual style must occur than the others: with a near-even mix
   * there is no house style to restore, and flagging half the marks helps no editor.
   */
  static final int DOMINANCE = 3;

  public MixedQuotesRule() {
    super("MIXED_QUOTES", Category.PUNCTUATION, Severity.NEUTRAL,
        "Quotation marks or apostrophes in a style the document does not otherwise use");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String text = context.text();
    List<Finding> out = new ArrayList<>();
    // Where the language prescribes a style, LocaleQuotesRule flags every other double mark.
    String language = lang(context).split("-")[0];
    List<QuoteMarks.Mark> marks = LocaleQuotesRule.DEFAULT_EXPECTED.containsKey(language)
        ? List.of() : QuoteMarks.doubleQuotes(text, context);
    Map<QuoteMarks.Style, Integer> counts = new EnumMap<>(QuoteMarks.Style.class);
    for (QuoteMarks.Mark mark : marks) {
      context.checkDeadline();
      counts.merge(mark.style(), 1, Integer::sum);
    }
    QuoteMarks.Style majority = majority(counts);
    if (majority != null) {
      for (QuoteMarks.Mark mark : marks) {
        context.checkDeadline();
        if (mark.style() != majority) {
          String replacement = QuoteMarks.replacement(majority, mark.opening());
          out.add(finding(context, mark.at(), mark.at() + 1,
              "This quotation mark differs from the document's usual " + replacement + ".",
              List.of(replacement)));
        }
      }
    }
    apostrophes(context, text, out);
    return out;
  }

  private static QuoteMarks.Style majority(Map<QuoteMarks.Style, Integer> counts) {
    if (counts.size() < 2) {
      return null;
    }
    QuoteMarks.Style best = null;
    int bestCount = -1;
    boolean tie = false;
    for (Map.Entry<QuoteMarks.Style, Integer> e : counts.entrySet()) {
      if (e.getValue() > bestCount) {
        best = e.getKey();
        bestCount = e.getValue();
        tie = false;
      } else if (e.getValue() == bestCount) {
        tie = true;
      }
    }
    if (tie) {
      return null;
    }
    int others = 0;
    for (Map.Entry<QuoteMarks.Style, Integer> e : counts.entrySet()) {
      others += e.getKey() == best ? 0 : e.getValue();
    }
    return bestCount >= DOMINANCE * others ? best : null;
  }

  /** Apostrophes inside words (Nokia's, don't): straight against typographic. */
  private void apostrophes(CheckContext context, String text, List<Finding> out) {
    List<Integer> straight = new ArrayList<>();
    List<Integer> curly = new ArrayList<>();
    for (int i = 1; i + 1 < text.length(); i++) {
      context.checkDeadline();
      char c = text.charAt(i);
      if ((c == '\'' || c == '\u2019') && Character.isLetter(text.charAt(i - 1))
          && Character.isLetter(text.charAt(i + 1))) {
        (c == '\'' ? straight : curly).add(i);
      }
    }
    if (straight.isEmpty() || curly.isEmpty()) {
      return;
    }
    boolean straightWins = straight.size() > curly.size();
    if (Math.max(straight.size(), curly.size())
        < DOMINANCE * Math.min(straight.size(), curly.size())) {
      return;
    }
    String replacement = straightWins ? "'" : "\u2019";
    for (int at : straightWins ? curly : straight) {
      context.checkDeadline();
      out.add(finding(context, at, at + 1,
          "This apostrophe differs from the document's usual " + replacement + ".",
          List.of(replacement)));
    }
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
        RuleExample.flags("en-US", "“A” and “B” and “C” but <marker>\"</marker>D\"."),
        RuleExample.accepts("en-US", "“A” and “B” but \"C\" and \"D\"."),
        RuleExample.flags("de-DE", "Wie geht's, gibt's und hat's, aber wie war<marker>’"
            + "</marker>s?"),
        RuleExample.flags("fr", "L'État, l'été, l'eau et l<marker>’</marker>air."),
        RuleExample.accepts("en-US", "He said “yes” and “no”."),
        RuleExample.accepts("en-US", "He said \"yes\" and \"no\"."),
        RuleExample.accepts("en-US", "Nokia's and Apple's shares fell."),
        RuleExample.accepts("en-US", "It’s the CEO’s plan."),
        RuleExample.accepts("en-US", "The 'quoted' word and Nokia’s plan."),
        RuleExample.accepts("de-DE", "Er sagte „ja“ und „nein“."),
        RuleExample.accepts("fr", "Il a dit « oui » et « non »."));
  }
}
