package io.tqc.engine;

import io.tqc.read.Document;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;

/**
 * What a rule sees of one document: its text, its language, LanguageTool's analysis of it and
 * the findings of LanguageTool's own rules, a factory that turns spans into findings, and the
 * deadline of the document's check. One context serves all rules of one document on one thread,
 * so what several rules derive from the analysis is computed once ({@link #derived}).
 */
public final class CheckContext {
  private final Document document;
  private final Language language;
  private final List<AnalyzedSentence> sentences;
  private final List<Finding> languageToolFindings;
  private final FindingFactory findings;
  private final Deadline deadline;
  private final Map<Object, Object> derived = new HashMap<>();
  private int stepsUntilClockCheck = STEPS_BETWEEN_CLOCK_CHECKS;

  /**
   * Reading the clock costs about as much as a rule's work on one token; every few hundred steps
   * keeps the cost out of sight and still stops a rule within a millisecond of its deadline.
   */
  static final int STEPS_BETWEEN_CLOCK_CHECKS = 256;

  /**
   * @param languageToolFindings the findings of LanguageTool's rules on the document, before
   *     any filtering, for rules that build on them
   */
  public CheckContext(Document document, Language language, List<AnalyzedSentence> sentences,
      List<Finding> languageToolFindings, FindingFactory findings, Deadline deadline) {
    this.document = document;
    this.language = language;
    this.sentences = List.copyOf(sentences);
    this.languageToolFindings = List.copyOf(languageToolFindings);
    this.findings = findings;
    this.deadline = deadline;
  }

  /** A context without LanguageTool's findings. */
  public CheckContext(Document document, Language language, List<AnalyzedSentence> sentences,
      FindingFactory findings, Deadline deadline) {
    this(document, language, sentences, List.of(), findings, deadline);
  }

  /** A context without a time limit. */
  public CheckContext(Document document, Language language, List<AnalyzedSentence> sentences,
      FindingFactory findings) {
    this(document, language, sentences, findings, Deadline.NONE);
  }

  public Document document() {
    return document;
  }

  public Language language() {
    return language;
  }

  public List<AnalyzedSentence> sentences() {
    return sentences;
  }

  /**
   * The sentences with their offsets in the document, worked out once per document: the
   * sentences follow each other without gaps, so each starts where the one before ends
   * (LanguageTool's sentence text may normalise characters, ’ to ', but keeps lengths).
   */
  public List<PlacedSentence> placedSentences() {
    return derived(PlacedSentence.class, () -> {
      List<PlacedSentence> placed = new ArrayList<>(sentences.size());
      int start = 0;
      for (AnalyzedSentence sentence : sentences) {
        placed.add(new PlacedSentence(sentence, start));
        start += sentence.getText().length();
      }
      return List.copyOf(placed);
    });
  }

  /** The findings of LanguageTool's rules on the document, as they were made. */
  public List<Finding> languageToolFindings() {
    return languageToolFindings;
  }

  public FindingFactory findings() {
    return findings;
  }

  public Deadline deadline() {
    return deadline;
  }

  /**
   * Called by a rule once per step of each loop over the document's sentences, tokens or text:
   * throws once the deadline has passed, so no rule outlasts the document's time limit however
   * long the document is. The clock is read every {@value #STEPS_BETWEEN_CLOCK_CHECKS} calls.
   *
   * @throws TimeLimitExceededException when the deadline has passed
   */
  public void checkDeadline() {
    if (--stepsUntilClockCheck > 0) {
      return;
    }
    stepsUntilClockCheck = STEPS_BETWEEN_CLOCK_CHECKS;
    if (deadline.passed()) {
      throw new TimeLimitExceededException(deadline.limitDescription());
    }
  }

  public String text() {
    return document.text();
  }

  /**
   * A view of the document that rules share, computed by the first rule that asks for it.
   *
   * @param key identifies the view; the same key always gives the same kind of value
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = compute.get();
      derived.put(key, value);
    }
    return (T) value;
  }
}
