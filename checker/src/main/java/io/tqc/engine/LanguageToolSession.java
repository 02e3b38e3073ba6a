package io.tqc.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.languagetool.AnalyzedSentence;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.ResultCache;
import org.languagetool.rules.Rule;
import org.languagetool.rules.RuleMatch;

/**
 * One JLanguageTool for one language, used by one thread (JLanguageTool is not thread-safe).
 */
public final class LanguageToolSession {

  /**
   * LanguageTool's matches on a text and the sentence analysis they were found on.
   *
   * @param cancelled true when the check was cancelled before it was complete: the matches and
   *     sentences are then a part at most, and must not be reported
   */
  public record Output(List<RuleMatch> matches, List<AnalyzedSentence> sentences,
      boolean cancelled) {
    static final Output CANCELLED = new Output(List.of(), List.of(), true);
  }

  private final JLanguageTool languageTool;
  private final AnalysisCapture capture = new AnalysisCapture();
  private final SpellingSuggestionMemo suggestions;
  private final String languageCode;

  /**
   * @param sentenceCache LanguageTool's cache of sentence results, shared by sessions
   * @param suggestions spelling suggestions already worked out, shared by sessions
   */
  LanguageToolSession(Language language, ResultCache sentenceCache,
      SpellingSuggestionMemo suggestions) {
    this.languageTool = new WholeAnalysisLanguageTool(language, sentenceCache);
    this.languageTool.addRule(capture);
    this.suggestions = suggestions;
    this.languageCode = language.getShortCodeWithCountryAndVariant();
  }

  public JLanguageTool languageTool() {
    return languageTool;
  }

  public Language language() {
    return languageTool.getLanguage();
  }

  /**
   * Checks a text.
   *
   * @param text the text
   * @param cancelled asked between sentences and rules; once it returns true the check stops
   *     and its output is {@linkplain Output#cancelled() cancelled}
   */
  public Output check(String text, JLanguageTool.CheckCancelledCallback cancelled)
      throws IOException {
    return check(text, cancelled, Set.of());
  }

  /**
   * Checks a text with some of LanguageTool's rules that are off by default turned on for this
   * text only (a server request names them). The session is this thread's alone, so turning
   * them off again afterwards leaves it as it was for the next text; LanguageTool's sentence
   * cache keys its entries by the rules turned on, so no cached result crosses over.
   *
   * @param alsoOn ids of rules to turn on; those that are not off by default are ignored (the
   *     caller leaves out the ones the settings turn on or off)
   */
  public Output check(String text, JLanguageTool.CheckCancelledCallback cancelled,
      Set<String> alsoOn) throws IOException {
    List<String> turnedOn = new ArrayList<>();
    if (!alsoOn.isEmpty()) {
      for (Rule rule : languageTool.getAllRules()) {
        if (rule.isDefaultOff() && alsoOn.contains(rule.getId())) {
          languageTool.enableRule(rule.getId());
          turnedOn.add(rule.getId());
        }
      }
    }
    try {
      CancelLatch latch = new CancelLatch(cancelled);
      languageTool.setCheckCancelledCallback(latch);
      List<RuleMatch> matches;
      try {
        matches = languageTool.check(text, match -> suggestions.share(match, languageCode, text));
      } catch (AnalysisCutShortException e) {
        capture.take();
        return Output.CANCELLED;
      }
      List<AnalyzedSentence> sentences = capture.take();
      return latch.fired ? Output.CANCELLED : new Output(matches, sentences, false);
    } finally {
      turnedOn.forEach(languageTool::disableRule);
    }
  }

  /**
   * Remembers that a check was cancelled: LanguageTool leaves a loop when asked and carries on
   * with what it has, so whether its answer is complete shows only here.
   */
  private static final class CancelLatch implements JLanguageTool.CheckCancelledCallback {
    private final JLanguageTool.CheckCancelledCallback asked;
    private boolean fired;

    CancelLatch(JLanguageTool.CheckCancelledCallback asked) {
      this.asked = asked;
    }

    @Override
    public boolean checkCancelled() {
      if (!fired) {
        fired = asked.checkCancelled();
      }
      return fired;
    }
  }

  /** Thrown when LanguageTool stopped analysing a text's sentences before the last one. */
  private static final class AnalysisCutShortException extends RuntimeException {
    AnalysisCutShortException() {
      super(null, null, false, false);
    }
  }

  /**
   * LanguageTool 6.8 stops analysing sentences as soon as its check is cancelled, and then looks
   * up the analysis of every sentence of the text: a check cancelled during the analysis failed
   * with {@code IndexOutOfBoundsException: Index N out of bounds for length N} (N the sentences
   * analysed so far) instead of stopping. This one ends such a check before the lookup.
   */
  private static final class WholeAnalysisLanguageTool extends JLanguageTool {
    WholeAnalysisLanguageTool(Language language, ResultCache sentenceCache) {
      super(language, null, sentenceCache);
    }

    @Override
    protected List<AnalyzedSentence> analyzeSentences(List<String> sentences)
        throws IOException {
      List<AnalyzedSentence> analyzed = super.analyzeSentences(sentences);
      if (analyzed.size() < sentences.size()) {
        throw new AnalysisCutShortException();
      }
      return analyzed;
    }
  }
}
