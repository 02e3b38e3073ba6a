package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.EditDistance;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One name spelled several ways in one article ("Modrow", "Moderot"): MT transliterates a name
 * afresh each time. Capitalised words the tagger does not know that are near-identical to a more
 * frequent one (small edit distance, same first letters) are flagged as its minority variants.
 */
public final class InconsistentNameSpellingRule extends BuiltinRule {
  static final int MIN_LENGTH = 4;
  static final int SHARED_PREFIX = 2;

  public InconsistentNameSpellingRule() {
    super("INCONSISTENT_NAME_SPELLING", Category.INCONSISTENCY, Severity.MAJOR,
        "A name spelled differently from its more frequent form in the same document");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    Map<String, List<Tok>> forms = new LinkedHashMap<>();
    Map<String, Boolean> known = new LinkedHashMap<>();
    for (Segment segment : Segments.of(context)) {
      for (Tok tok : segment.tokens()) {
        context.checkDeadline();
        if (tok.isCapitalised() && tok.text().length() >= MIN_LENGTH
            && tok.text().chars().allMatch(Character::isLetter)) {
          forms.computeIfAbsent(tok.text(), k -> new ArrayList<>()).add(tok);
          known.merge(tok.text(), tok.isTagged(), Boolean::logicalOr);
        }
      }
    }
    // Similar forms share their first letters, so each form is compared only with the forms
    // that start like it: comparing every pair would be quadratic in the number of names, which
    // grows with the length of the document.
    Map<String, List<String>> byPrefix = new LinkedHashMap<>();
    for (String name : forms.keySet()) {
      byPrefix.computeIfAbsent(name.substring(0, SHARED_PREFIX), k -> new ArrayList<>())
          .add(name);
    }
    List<Finding> out = new ArrayList<>();
    for (String variant : forms.keySet()) {
      if (known.get(variant)) {
        continue;
      }
      String main = null;
      for (String other : byPrefix.get(variant.substring(0, SHARED_PREFIX))) {
        context.checkDeadline();
        if (!other.equals(variant) && forms.get(other).size() > forms.get(variant).size()
            && similar(variant, other)
            && (main == null || forms.get(other).size() > forms.get(main).size())) {
          main = other;
        }
      }
      if (main == null) {
        continue;
      }
      for (Tok tok : forms.get(variant)) {
        context.checkDeadline();
        out.add(finding(context, tok.from(), tok.to(),
            "\u201C" + variant + "\u201D looks like a different spelling of \u201C" + main
                + "\u201D, used " + forms.get(main).size() + " times in this document.",
            List.of(main)));
      }
    }
    return out;
  }

  static boolean similar(String a, String b) {
    if (!a.regionMatches(0, b, 0, SHARED_PREFIX)) {
      return false;
    }
    // Inflected forms of one name (Chinas, Modrows, Nokian) are not misspellings.
    if (a.startsWith(b) || b.startsWith(a)) {
      return false;
    }
    int shorter = Math.min(a.length(), b.length());
    int allowed = shorter >= 7 ? 2 : 1;
    return EditDistance.between(a, b) <= allowed;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "Modrow spoke. Then Modrow left. Later <marker>Modrov"
            + "</marker> returned."),
        RuleExample.flags("en-US", "Zhao Chunshan said yes. Zhao Chunshan smiled. Then "
            + "<marker>Chunshen</marker> left."),
        RuleExample.flags("en-US", "Elopp said no. Then Elopp smiled. Mr <marker>Elopa"
            + "</marker> left."),
        RuleExample.flags("en-US", "Kowalczyk won. Kowalczyk won again. <marker>Kowalcyk"
            + "</marker> lost."),
        RuleExample.flags("en-US", "The Xandrix group grew. Xandrix hired staff. "
            + "<marker>Xandrics</marker> shares rose."),
        RuleExample.flags("de-DE", "Modrow sprach. Dann ging Modrow. Später kam "
            + "<marker>Modrov</marker> zurück."),
        RuleExample.flags("fr", "Modrow a parlé. Puis Modrow est parti. Ensuite "
            + "<marker>Modrov</marker> est revenu."),
        RuleExample.accepts("en-US", "Modrow spoke. Then Modrow left. Later Modrow returned."),
        RuleExample.accepts("en-US", "Austria and Australia signed a deal with Austria."),
        RuleExample.accepts("en-US", "China and the Chinese economy; China grows."),
        RuleExample.accepts("en-US", "Modrow spoke and Modrows supporters cheered Modrow."),
        RuleExample.accepts("en-US", "Nokia sold phones. Nokia grew. Elop left."),
        RuleExample.accepts("de-DE", "Chinas Wirtschaft und China wachsen."),
        RuleExample.accepts("fr", "Paris et Pariser sont à Paris."));
  }
}
