package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A full stop that splits a multi-word name or noun phrase ("develop Windows. Phone operating
 * system"): MT sometimes ends a sentence inside a name. Flagged when the joined form occurs
 * elsewhere in the document, or when a capitalised word mid-sentence is followed by a break
 * whose next sentence has no verb.
 */
public final class StraySentenceBreakRule extends BuiltinRule {
  private static final Set<String> ABBREVIATIONS = Set.of("Inc", "Co", "Corp", "Ltd", "Jr", "Sr",
      "St", "Dr", "Mr", "Mrs", "Ms", "Prof", "No", "Nr", "Bd", "Str", "Abs");

  public StraySentenceBreakRule() {
    super("STRAY_SENTENCE_BREAK", Category.PUNCTUATION, Severity.MAJOR,
        "A sentence break that splits a name or noun phrase",
        WordClasses::supported);
  }

  /** A full stop between two words that might belong together. */
  private record Break(Segment before, Segment after, Tok left, Tok right) {
    String joined() {
      return left.text() + " " + right.text();
    }
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String lang = lang(context);
    List<Break> breaks = candidates(Segments.of(context), context);
    // All joined forms are looked up in one pass over the text: one search per break would
    // make the rule quadratic in the length of the document.
    Set<String> joinedForms = new HashSet<>();
    for (Break b : breaks) {
      joinedForms.add(b.joined());
    }
    WholeWordPairs occurrences = WholeWordPairs.find(context.text(), joinedForms, context);
    List<Finding> out = new ArrayList<>();
    for (Break b : breaks) {
      context.checkDeadline();
      String joined = b.joined();
      boolean joinedElsewhere = occurrences.occursElsewhere(joined, b.left().from());
      boolean nameThenFragment = b.left().startsUpper() && b.before().tokens().size() > 2
          && b.after().words() >= 2 && b.after().last().text().equals(".")
          && !WordClasses.hasFiniteVerb(b.after().tokens(), lang);
      if (joinedElsewhere || nameThenFragment) {
        out.add(finding(context, b.left().from(), b.right().to(),
            "The full stop splits \u201C" + joined + "\u201D"
                + (joinedElsewhere ? ", which the document writes as one name elsewhere." : "."),
            List.of(joined)));
      }
    }
    return out;
  }

  /** Full stops right after a word and before a capitalised word in the next sentence. */
  private static List<Break> candidates(List<Segment> segments, CheckContext context) {
    List<Break> breaks = new ArrayList<>();
    for (int k = 0; k + 1 < segments.size(); k++) {
      context.checkDeadline();
      Segment before = segments.get(k);
      Segment after = segments.get(k + 1);
      if (before.endsLine() || after.sentence() != before.sentence() + 1
          || before.tokens().size() < 2 || !before.last().text().equals(".")) {
        continue;
      }
      Tok left = before.tokens().get(before.tokens().size() - 2);
      Tok right = after.tokens().get(0);
      if (!left.isWord() || left.to() != before.last().from() || !right.isCapitalised()
          || ABBREVIATIONS.contains(left.text()) || left.text().length() < 2) {
        continue;
      }
      breaks.add(new Break(before, after, left, right));
    }
    return breaks;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "Nokia will develop <marker>Windows. Phone</marker> "
            + "operating system phone."),
        RuleExample.flags("en-US", "He flew to <marker>New. York</marker> on Monday. He likes "
            + "New York."),
        RuleExample.flags("en-US", "She works for <marker>Deutsche. Bank</marker> research "
            + "department."),
        RuleExample.flags("en-US", "The ship reached <marker>Hong. Kong</marker> harbour "
            + "area."),
        RuleExample.flags("en-US", "Analysts at <marker>Goldman. Sachs</marker> expect growth. "
            + "Goldman Sachs is a bank."),
        RuleExample.flags("de-DE", "Er arbeitet bei <marker>Deutsche. Bank</marker> in "
            + "Frankfurt. Die Deutsche Bank wächst."),
        RuleExample.flags("fr", "Il travaille chez <marker>Crédit. Agricole</marker> à Paris. "
            + "Le Crédit Agricole est une banque."),
        RuleExample.accepts("en-US", "Nokia will develop Windows. Phone makers are worried."),
        RuleExample.accepts("en-US", "He moved to London. Paris was too expensive."),
        RuleExample.accepts("en-US", "The deal was signed by Apple Inc. Microsoft declined."),
        RuleExample.accepts("en-US", "They met in Berlin.\nBerlin Wall anniversary events."),
        RuleExample.accepts("en-US", "I use Windows. Windows is fine."),
        RuleExample.accepts("de-DE", "Er wohnt in Berlin. Paris ist zu teuer."),
        RuleExample.accepts("fr", "Il habite à Lyon. Paris est trop cher."));
  }
}
