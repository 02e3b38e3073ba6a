package io.tqc.custom;

import io.tqc.custom.SentenceTokens.Located;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.languagetool.AnalyzedToken;

/**
 * A {@code word} row: a forbidden word in any inflection. A token is flagged when one of
 * LanguageTool's readings has the word as its lemma ("utilize" flags "utilized", "utilizing"),
 * or, for words LanguageTool does not know, when the token is the word itself.
 */
final class WordRule extends TableRule {
  private final String word;
  private final boolean caseSensitive;
  private final List<String> suggestions;

  WordRule(PackRuleInfo info, String word, boolean caseSensitive, List<String> suggestions) {
    super(info);
    this.word = word;
    this.caseSensitive = caseSensitive;
    this.suggestions = List.copyOf(suggestions);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Located located : SentenceTokens.of(context)) {
      context.checkDeadline();
      if (isForbidden(located)) {
        findings.add(context.findings().create(located.from(), located.to(), info.id(),
            info.source(), info.category(), info.severity(), info.message(), suggestions));
      }
    }
    return findings;
  }

  private boolean isForbidden(Located located) {
    if (same(located.token().getToken())) {
      return true;
    }
    for (AnalyzedToken reading : located.token().getReadings()) {
      if (reading.getLemma() != null && same(reading.getLemma())) {
        return true;
      }
    }
    return false;
  }

  private boolean same(String candidate) {
    return caseSensitive ? candidate.equals(word)
        : candidate.toLowerCase(Locale.ROOT).equals(word.toLowerCase(Locale.ROOT));
  }

  @Override
  public String kind() {
    return "word";
  }

}
