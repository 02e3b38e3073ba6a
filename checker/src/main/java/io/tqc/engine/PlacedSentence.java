package io.tqc.engine;

import org.languagetool.AnalyzedSentence;

/**
 * One of LanguageTool's sentences and the UTF-16 offset in the document text where it starts.
 * LanguageTool gives token and match offsets within their sentence; a rule adds {@code start}.
 */
public record PlacedSentence(AnalyzedSentence sentence, int start) {
  /** The document offset of an offset within the sentence. */
  public int inDocument(int offsetInSentence) {
    return start + offsetInSentence;
  }
}
