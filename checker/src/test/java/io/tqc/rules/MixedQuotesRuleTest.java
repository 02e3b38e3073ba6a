package io.tqc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.DocumentChecker;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.FindingFilter;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.Rule;
import io.tqc.engine.TestCheckers;
import io.tqc.read.Document;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MIXED_QUOTES and LOCALE_QUOTATION_MARKS under each house style of quotation marks. */
class MixedQuotesRuleTest {
  /** Two typographic pairs and one straight pair, in an English article. */
  private static final String TWO_CURLY_ONE_STRAIGHT = "The minister called the plan “bold” "
      + "on Monday.\n\nCritics said it was “reckless” and \"unfunded\", and that it would fail.\n";

  private static List<String> check(Rule rule, String language, String text) {
    // A generous limit: the first check in a language warms LanguageTool up on a busy machine.
    DocumentChecker checker = new DocumentChecker(
        new LanguageResolver(language, LanguageResolver.DEFAULT_VARIANTS), TestCheckers.POOL,
        List.of(rule), FindingFilter.none(), new CheckTimeLimit(Duration.ofMinutes(30)));
    DocumentResult result = checker.check(Document.of("t.txt", text, "text/plain", "", false));
    assertNull(result.error());
    return result.findings().stream()
        .filter(f -> f.ruleId().equals(rule.id()))
        .map(MixedQuotesRuleTest::describe).toList();
  }

  private static String describe(Finding f) {
    return f.ruleId() + " " + f.start() + "-" + f.end() + " " + f.text() + " -> "
        + String.join("|", f.suggestions());
  }

  @Test
  void oneStraightPairAmongTypographicOnesIsFlagged() {
    int open = TWO_CURLY_ONE_STRAIGHT.indexOf('"');
    int close = TWO_CURLY_ONE_STRAIGHT.lastIndexOf('"');
    assertEquals(List.of(
            "MIXED_QUOTES " + open + "-" + (open + 1) + " \" -> \u201C",
            "MIXED_QUOTES " + close + "-" + (close + 1) + " \" -> \u201D"),
        check(new MixedQuotesRule(), "en-US", TWO_CURLY_ONE_STRAIGHT));
  }

  @Test
  void straightHouseStyleFlagsEveryTypographicMarkAndApostrophe() {
    String text = "Nokia’s chief said “no” to \"yes\".\n";
    assertEquals(List.of(
            "MIXED_QUOTES 5-6 \u2019 -> '",
            "MIXED_QUOTES 19-20 \u201C -> \"",
            "MIXED_QUOTES 22-23 \u201D -> \""),
        check(new MixedQuotesRule(Map.of("en", QuoteHouseStyle.STRAIGHT)), "en-US", text));
  }

  @Test
  void typographicHouseStyleFlagsStraightMarksEvenWhenAllAreStraight() {
    String text = "He said \"no\" to Nokia's plan.\n";
    assertEquals(List.of(
            "MIXED_QUOTES 8-9 \" -> \u201C",
            "MIXED_QUOTES 11-12 \" -> \u201D",
            "MIXED_QUOTES 21-22 ' -> \u2019"),
        check(new MixedQuotesRule(Map.of("en", QuoteHouseStyle.TYPOGRAPHIC)), "en-GB", text));
  }

  @Test
  void aSettingForTheVariantWinsOverOneForTheLanguage() {
    String text = "He said \"no\" and “yes”.\n";
    MixedQuotesRule rule = new MixedQuotesRule(Map.of("en", QuoteHouseStyle.STRAIGHT,
        "EN-GB", QuoteHouseStyle.TYPOGRAPHIC));
    assertEquals(List.of("MIXED_QUOTES 8-9 \" -> \u201C", "MIXED_QUOTES 11-12 \" -> \u201D"),
        check(rule, "en-GB", text));
    assertEquals(List.of("MIXED_QUOTES 17-18 \u201C -> \"", "MIXED_QUOTES 21-22 \u201D -> \""),
        check(rule, "en-US", text));
  }

  @Test
  void aTieInALanguageWithoutOneTypographicStyleIsLeftAlone() {
    assertEquals(List.of(), check(new MixedQuotesRule(), "es", "Dijo «sí» y \"no\".\n"));
  }

  @Test
  void germanStraightHouseStyleMovesTheCheckFromLocaleQuotesToMixedQuotes() {
    String text = "Er sagte \"ja\" und „nein“.\n";
    Map<String, QuoteHouseStyle> straight = Map.of("de", QuoteHouseStyle.STRAIGHT);
    assertEquals(List.of("LOCALE_QUOTATION_MARKS 9-10 \" -> \u201E",
            "LOCALE_QUOTATION_MARKS 12-13 \" -> \u201C"),
        check(new LocaleQuotesRule(), "de-DE", text));
    assertEquals(List.of(), check(new MixedQuotesRule(), "de-DE", text));
    assertEquals(List.of(), check(new LocaleQuotesRule(straight), "de-DE", text));
    assertEquals(List.of("MIXED_QUOTES 18-19 \u201E -> \"", "MIXED_QUOTES 23-24 \u201C -> \""),
        check(new MixedQuotesRule(straight), "de-DE", text));
  }
}
