package io.tqc.rules;

import io.tqc.engine.Rule;
import java.util.List;

/** The one list of tqc's built-in rules, in the order they run. */
public final class BuiltinRules {
  private BuiltinRules() {}

  public static List<Rule> all() {
    return List.of(
        new StraySentenceBreakRule(),
        new VerblessFragmentRule(),
        new WordEchoRule(),
        new MidSentenceCapitalRule(),
        new MixedQuotesRule(),
        new LocaleQuotesRule(),
        new UntranslatedScriptRule(),
        new ForeignSentenceRule(),
        new InconsistentNameSpellingRule(),
        new UntranslatedSegmentRule());
  }
}
