package io.tqc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.DocumentChecker;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.FindingFilter;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.read.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed article: the artifacts issue 3 names, found at their exact code point spans. */
class SeedTest {
  private static final Path SEED = Path.of("../seeds/000_0d9fa9fe51ed347a.txt");
  private static DocumentResult withRules;
  private static DocumentResult languageToolOnly;

  @BeforeAll
  static void check() throws IOException {
    Document document = Document.of(SEED.toString(),
        Files.readString(SEED, StandardCharsets.UTF_8), "text/plain", "", false);
    LanguageResolver languages = new LanguageResolver("en-US", LanguageResolver.DEFAULT_VARIANTS);
    LanguageToolPool pool = new LanguageToolPool(s -> { });
    withRules = new DocumentChecker(languages, pool, BuiltinRules.all(), FindingFilter.none(),
        new CheckTimeLimit(CheckTimeLimit.DEFAULT)).check(document);
    languageToolOnly = new DocumentChecker(languages, pool, List.of(), FindingFilter.none(),
        new CheckTimeLimit(CheckTimeLimit.DEFAULT)).check(document);
  }

  private static boolean has(String ruleId, int start, int end) {
    return withRules.findings().stream()
        .anyMatch(f -> f.ruleId().equals(ruleId) && f.start() == start && f.end() == end);
  }

  @Test
  void strayBreakInWindowsPhone() {
    assertTrue(has("STRAY_SENTENCE_BREAK", 302, 316));
  }

  @Test
  void verblessFragmentAndWordEcho() {
    // The fragment "Phone operating system phone." is left by the stray full stop: one error,
    // reported as the stray break, which names the rule that agreed.
    assertTrue(withRules.findings().stream().anyMatch(f -> f.ruleId().equals(
        "STRAY_SENTENCE_BREAK") && f.start() == 302 && f.end() == 316
        && f.message().endsWith(" (also flagged by VERBLESS_FRAGMENT)")));
    assertTrue(withRules.findings().stream().noneMatch(
        f -> f.ruleId().equals("VERBLESS_FRAGMENT")));
    assertTrue(has("WORD_ECHO", 311, 339));
  }

  @Test
  void capitalHope() {
    assertTrue(has("MID_SENTENCE_CAPITAL", 2190, 2194));
  }

  @Test
  void straightQuote() {
    assertTrue(has("MIXED_QUOTES", 1743, 1744));
  }

  /** A name repeated twelve times is no evidence that it is spelled right: it stays flagged. */
  @Test
  void elopStaysFlaggedWithoutEvidenceThatTheSpellerKnowsIt() {
    assertEquals(12, withRules.findings().stream()
        .filter(f -> f.text().equals("Elop") && f.ruleId().equals("MORFOLOGIK_RULE_EN_US"))
        .count());
    assertEquals(0, withRules.silencedSpellingAlarms());
  }

  @Test
  void languageToolFindingsUnchanged() {
    List<Finding> fromLanguageTool = withRules.findings().stream()
        .filter(f -> f.ruleSource().equals(Finding.SOURCE_LANGUAGETOOL)).toList();
    assertEquals(languageToolOnly.findings(), fromLanguageTool);
  }

  @Test
  void printFindings() {
    withRules.findings().forEach(f -> System.out.println(f.start() + "-" + f.end() + " "
        + f.ruleId() + " [" + f.text() + "]"));
  }
}
