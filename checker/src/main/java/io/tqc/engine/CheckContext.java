package io.tqc.engine;

import io.tqc.read.Document;
import java.util.List;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;

/**
 * What a rule sees of one document: its text, its language and LanguageTool's analysis of it,
 * and a factory that turns spans into findings.
 */
public record CheckContext(
    Document document,
    Language language,
    List<AnalyzedSentence> sentences,
    FindingFactory findings) {

  public String text() {
    return document.text();
  }
}
