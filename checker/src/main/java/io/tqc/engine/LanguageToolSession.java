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

  /** LanguageTool's matches on a text and the sentence analysis they were found on. */
  public record Output(List<RuleMatch> matches, List<AnalyzedSentence> sentences) {}

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
    this.languageTool = new JLanguageTool(language, null, sentenceCache);
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
   * @param cancelled asked between rules; returning true stops the check
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
      languageTool.setCheckCancelledCallback(cancelled);
      List<RuleMatch> matches = languageTool.check(text,
          match -> suggestions.share(match, languageCode, text));
      return new Output(matches, capture.take());
    } finally {
      turnedOn.forEach(languageTool::disableRule);
    }
  }
}
