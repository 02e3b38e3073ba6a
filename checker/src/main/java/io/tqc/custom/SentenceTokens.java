package io.tqc.custom;

import io.tqc.engine.CheckContext;
import io.tqc.engine.PlacedSentence;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedTokenReadings;

/**
 * The tokens of LanguageTool's analysis with their UTF-16 offsets in the document.
 */
final class SentenceTokens {
  /** A token and where it starts in the document text. */
  record Located(AnalyzedTokenReadings token, int from, int to) {}

  /** Key of the located tokens among the views a document's rules share. */
  private static final Object DERIVED_KEY = new Object();

  private SentenceTokens() {}

  /** The located tokens of a document, computed once for all rules that need them. */
  static List<Located> of(CheckContext context) {
    return context.derived(DERIVED_KEY, () -> locate(context));
  }

  /** Every non-whitespace token whose text is found at its computed place in the text. */
  private static List<Located> locate(CheckContext context) {
    String text = context.text();
    List<Located> located = new ArrayList<>();
    for (PlacedSentence sentence : context.placedSentences()) {
      for (AnalyzedTokenReadings token : sentence.sentence().getTokensWithoutWhitespace()) {
        context.checkDeadline();
        String word = token.getToken();
        if (word.isEmpty() || token.isSentenceStart()) {
          continue;
        }
        int from = sentence.inDocument(token.getStartPos());
        // Skip a token whose offset does not line up rather than flag the wrong text.
        if (text.startsWith(word, from)) {
          located.add(new Located(token, from, from + word.length()));
        }
      }
    }
    return located;
  }
}
