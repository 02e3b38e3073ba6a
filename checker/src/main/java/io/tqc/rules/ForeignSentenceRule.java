package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.LanguageIdentification;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.DetectedLanguage;

/**
 * A sentence in another language than the article's: source text that machine translation
 * passed through, or a paragraph left untranslated. Only sentences long enough for language
 * identification to be sure are judged; short ones (names, titles, quotes of a few words) are
 * left alone.
 */
public final class ForeignSentenceRule extends BuiltinRule {
  /** Fewer words than this and n-gram identification guesses too often. */
  private static final int MIN_WORDS = 8;
  /** Identification confidence needed before a sentence is called foreign. */
  private static final float MIN_CONFIDENCE = 0.9f;

  public ForeignSentenceRule() {
    super("FOREIGN_LANGUAGE_SENTENCE", Category.UNTRANSLATED, Severity.MAJOR,
        "A sentence in another language than the article");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String own = LanguageCodes.base(lang(context));
    List<Finding> out = new ArrayList<>();
    for (Segment segment : Segments.of(context)) {
      context.checkDeadline();
      if (segment.words() < MIN_WORDS) {
        continue;
      }
      String sentence = context.text().substring(segment.from(), segment.to());
      DetectedLanguage detected = LanguageIdentification.detect(sentence);
      if (detected == null || detected.getDetectedLanguage() == null
          || detected.getDetectionConfidence() < MIN_CONFIDENCE) {
        continue;
      }
      String found = detected.getDetectedLanguage().getShortCode();
      if (!found.equals(own)) {
        out.add(finding(context, segment.from(), segment.to(), "This sentence looks like "
            + detected.getDetectedLanguage().getName() + ", not the article's language: it may "
            + "be left untranslated.", List.of()));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "The minister spoke first. <marker>Die Regierung wird die "
            + "Steuern im nächsten Jahr deutlich senken.</marker> Then he left."),
        RuleExample.flags("en-US", "Markets fell. <marker>Le gouvernement a annoncé une "
            + "nouvelle réforme des retraites hier soir.</marker>"),
        RuleExample.flags("en-US", "<marker>El presidente anunció ayer un nuevo plan para "
            + "reducir el desempleo en el país.</marker>"),
        RuleExample.flags("en-US", "Trade grew. <marker>Il governo ha approvato ieri sera la "
            + "nuova legge sul lavoro e sulle pensioni.</marker>"),
        RuleExample.flags("en-US", "<marker>De regering heeft gisteren een nieuw plan voor de "
            + "woningmarkt gepresenteerd.</marker> Critics were unimpressed."),
        RuleExample.flags("de-DE", "Die Sitzung begann pünktlich. <marker>The committee will "
            + "publish its final report early next year.</marker>"),
        RuleExample.flags("fr", "La réunion a commencé à l'heure. <marker>The committee will "
            + "publish its final report early next year.</marker>"),
        RuleExample.accepts("en-US", "The committee will publish its final report early next "
            + "year."),
        RuleExample.accepts("en-US", "Xi Jinping met Olaf Scholz and Emmanuel Macron in "
            + "Beijing on Tuesday."),
        RuleExample.accepts("en-US", "He said \"Danke schön\" and left the room quickly."),
        RuleExample.accepts("en-US", "Der Spiegel reported it."),
        RuleExample.accepts("en-US", "Analysts at Deutsche Bank and Société Générale expect "
            + "the euro to rise against the dollar."),
        RuleExample.accepts("de-DE", "Die Regierung wird die Steuern im nächsten Jahr deutlich "
            + "senken."),
        RuleExample.accepts("fr", "Le gouvernement a annoncé une nouvelle réforme des retraites "
            + "hier soir."));
  }
}
