package io.tqc.rules;

import io.tqc.engine.Rule;
import io.tqc.source.FalseFriendRule;
import io.tqc.source.GarbledNameRule;
import io.tqc.source.InventedWordRule;
import io.tqc.source.LongTranslationRule;
import io.tqc.source.MissingNameRule;
import io.tqc.source.MissingTokenRule;
import io.tqc.source.NumberAddedRule;
import io.tqc.source.NumberMismatchRule;
import io.tqc.source.NumberMissingRule;
import io.tqc.source.PronounGenderRule;
import io.tqc.source.QuestionMismatchRule;
import io.tqc.source.ShortTranslationRule;
import io.tqc.source.TagMismatchRule;
import java.util.List;
import java.util.Map;

/** The one list of tqc's built-in rules, in the order they run. */
public final class BuiltinRules {
  private BuiltinRules() {}

  /** The rules with every language's quotation marks in {@link QuoteHouseStyle#AUTO}. */
  public static List<Rule> all() {
    return all(Map.of());
  }

  /** @param quotes the house style of quotation marks per language code ({@code en}) */
  public static List<Rule> all(Map<String, QuoteHouseStyle> quotes) {
    return List.of(
        new StraySentenceBreakRule(),
        new VerblessFragmentRule(),
        new WordEchoRule(),
        new MidSentenceCapitalRule(),
        new MixedQuotesRule(quotes),
        new LocaleQuotesRule(quotes),
        new UntranslatedScriptRule(),
        new ForeignSentenceRule(),
        new InconsistentNameSpellingRule(),
        new UntranslatedSegmentRule(),
        new NumberMismatchRule(),
        new NumberMissingRule(),
        new NumberAddedRule(),
        new MissingTokenRule(),
        new TagMismatchRule(),
        new QuestionMismatchRule(),
        new PronounGenderRule(),
        new FalseFriendRule(),
        new GarbledNameRule(),
        new MissingNameRule(),
        new ShortTranslationRule(),
        new LongTranslationRule(),
        new InventedWordRule());
  }
}
