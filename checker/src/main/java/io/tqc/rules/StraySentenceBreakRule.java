package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
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

  @Override
  public List<Finding> check(CheckContext context) {
    String text = context.text();
    String lang = lang(context);
    List<Segment> segments = Segments.of(context);
    List<Finding> out = new ArrayList<>();
    for (int k = 0; k + 1 < segments.size(); k++) {
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
      String joined = left.text() + " " + right.text();
      boolean joinedElsewhere = occursElsewhere(text, joined, left.from());
      boolean nameThenFragment = left.startsUpper() && before.tokens().size() > 2
          && after.words() >= 2 && after.last().text().equals(".")
          && !WordClasses.hasFiniteVerb(after.tokens(), lang);
      if (joinedElsewhere || nameThenFragment) {
        out.add(finding(context, left.from(), right.to(),
            "The full stop splits \u201C" + joined + "\u201D"
                + (joinedElsewhere ? ", which the document writes as one name elsewhere." : "."),
            List.of(joined)));
      }
    }
    return out;
  }

  private static boolean occursElsewhere(String text, String joined, int except) {
    int at = text.indexOf(joined);
    while (at >= 0) {
      boolean wordStart = at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1));
      int end = at + joined.length();
      boolean wordEnd = end >= text.length() || !Character.isLetterOrDigit(text.charAt(end));
      if (at != except && wordStart && wordEnd) {
        return true;
      }
      at = text.indexOf(joined, at + 1);
    }
    return false;
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
