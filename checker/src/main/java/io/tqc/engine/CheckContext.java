package io.tqc.engine;

import io.tqc.read.Document;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;

/**
 * What a rule sees of one document: its text, its language and LanguageTool's analysis of it,
 * a factory that turns spans into findings, and the deadline of the document's check.
 */
public record CheckContext(
    Document document,
    Language language,
    List<AnalyzedSentence> sentences,
    FindingFactory findings,
    Deadline deadline) {

  /** A context without a time limit. */
  public CheckContext(Document document, Language language, List<AnalyzedSentence> sentences,
      FindingFactory findings) {
    this(document, language, sentences, findings, Deadline.NONE);
  }

  public String text() {
    return document.text();
  }
}
