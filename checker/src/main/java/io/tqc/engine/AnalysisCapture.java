package io.tqc.engine;

import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.TextLevelRule;

/**
 * A text-level rule that flags nothing and keeps the sentences LanguageTool analysed, so tqc's
 * own rules reuse that analysis instead of tokenising and tagging the document a second time.
 */
final class AnalysisCapture extends TextLevelRule {
  static final String ID = "TQC_ANALYSIS_CAPTURE";

  private List<AnalyzedSentence> sentences = List.of();

  @Override
  public String getId() {
    return ID;
  }

  @Override
  public String getDescription() {
    return "Keeps LanguageTool's sentence analysis for tqc's rules";
  }

  @Override
  public RuleMatch[] match(List<AnalyzedSentence> analyzed) {
    this.sentences = List.copyOf(analyzed);
    return RuleMatch.EMPTY_ARRAY;
  }

  @Override
  public int minToCheckParagraph() {
    return -1;
  }

  /** The sentences of the last check, and forgets them. */
  List<AnalyzedSentence> take() {
    List<AnalyzedSentence> taken = sentences;
    sentences = List.of();
    return taken;
  }
}
