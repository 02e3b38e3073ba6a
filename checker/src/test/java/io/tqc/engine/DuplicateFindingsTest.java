package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** One error, one finding: which findings are merged, which one is kept, and what it carries. */
class DuplicateFindingsTest {
  private static final String GERMAN = "Sie sagte “Nein” und ging. The strike is expected to "
      + "last for the whole week. Ende.";
  private static final String ENGLISH = "The dock workers at the port went on strike.";

  /** A finding on {@code [start, end)} of {@code text}, with its text taken from there. */
  private static Finding finding(String text, int start, int end, String ruleId, String source,
      Category category, Severity severity, String... suggestions) {
    return new Finding("a.txt", "de-DE", 1, start + 1, start, end, ruleId, source, category,
        severity, "Message of " + ruleId + ".", List.of(suggestions),
        text.substring(start, end), text);
  }

  private static Finding languageTool(String text, int start, int end, String ruleId,
      Category category, Severity severity, String... suggestions) {
    return finding(text, start, end, ruleId, Finding.SOURCE_LANGUAGETOOL, category, severity,
        suggestions);
  }

  private static Finding builtin(String text, int start, int end, String ruleId,
      Category category, Severity severity, String... suggestions) {
    return finding(text, start, end, ruleId, Finding.SOURCE_BUILTIN, category, severity,
        suggestions);
  }

  private static List<Finding> merged(Finding... findings) {
    List<Finding> result = new ArrayList<>(DuplicateFindings.merge(List.of(findings)));
    result.sort(DocumentChecker.BY_POSITION);
    return result;
  }

  @Test
  void aWrongQuotationMarkFlaggedByTwoRulesIsOneFindingWithBothSuggestions() {
    int open = GERMAN.indexOf('“');
    int close = GERMAN.indexOf('”');
    List<Finding> result = merged(
        languageTool(GERMAN, open, open + 1, "FALSCHES_ANFUEHRUNGSZEICHEN", Category.PUNCTUATION,
            Severity.MINOR, "„"),
        builtin(GERMAN, open, open + 1, "LOCALE_QUOTATION_MARKS", Category.PUNCTUATION,
            Severity.MINOR, "„", "»"),
        builtin(GERMAN, close, close + 1, "LOCALE_QUOTATION_MARKS", Category.PUNCTUATION,
            Severity.MINOR, "“"),
        languageTool(GERMAN, close, close + 1, "FALSCHES_ANFUEHRUNGSZEICHEN",
            Category.PUNCTUATION, Severity.MINOR, "“", "«"));

    assertEquals(2, result.size());
    Finding first = result.get(0);
    assertEquals(List.of(10, 11, "LOCALE_QUOTATION_MARKS", "builtin", Severity.MINOR),
        List.of(first.start(), first.end(), first.ruleId(), first.ruleSource(),
            first.severity()));
    assertEquals("Message of LOCALE_QUOTATION_MARKS. (also flagged by "
        + "FALSCHES_ANFUEHRUNGSZEICHEN)", first.message());
    assertEquals(List.of("„", "»"), first.suggestions());
    Finding second = result.get(1);
    assertEquals(List.of(15, 16, "LOCALE_QUOTATION_MARKS"),
        List.of(second.start(), second.end(), second.ruleId()));
    assertEquals(List.of("“", "«"), second.suggestions());
  }

  @Test
  void findingsInsideAnUntranslatedSentenceArePartOfIt() {
    int sentence = GERMAN.indexOf("The strike");
    int end = GERMAN.indexOf("week.") + 5;
    int strike = GERMAN.indexOf("strike");
    int whole = GERMAN.indexOf("whole");
    int ende = GERMAN.indexOf("Ende");
    List<Finding> result = merged(
        languageTool(GERMAN, sentence, sentence + 3, "GERMAN_SPELLER_RULE", Category.SPELLING,
            Severity.MINOR, "Die"),
        languageTool(GERMAN, strike, strike + 6, "GERMAN_SPELLER_RULE", Category.SPELLING,
            Severity.MINOR, "Strike"),
        languageTool(GERMAN, whole, whole + 5, "GERMAN_SPELLER_RULE", Category.SPELLING,
            Severity.MINOR),
        builtin(GERMAN, sentence, end, "FOREIGN_LANGUAGE_SENTENCE", Category.UNTRANSLATED,
            Severity.MAJOR),
        // reaches past the sentence: not inside it, and of another MQM top level
        languageTool(GERMAN, end - 1, end + 1, "LEERZEICHEN_RULE", Category.PUNCTUATION,
            Severity.MINOR, "."),
        languageTool(GERMAN, ende, ende + 4, "GERMAN_SPELLER_RULE", Category.SPELLING,
            Severity.MINOR, "Ente"));

    assertEquals(List.of("FOREIGN_LANGUAGE_SENTENCE", "LEERZEICHEN_RULE",
        "GERMAN_SPELLER_RULE"), result.stream().map(Finding::ruleId).toList());
    Finding untranslated = result.get(0);
    assertEquals(List.of(sentence, end, Severity.MAJOR),
        List.of(untranslated.start(), untranslated.end(), untranslated.severity()));
    assertEquals("Message of FOREIGN_LANGUAGE_SENTENCE. (also flagged by GERMAN_SPELLER_RULE)",
        untranslated.message());
    // the fix of an untranslated sentence is a translation, not its words respelled
    assertEquals(List.of(), untranslated.suggestions());
    assertEquals(ende, result.get(2).start());
  }

  @Test
  void aGlossaryTermAndACompoundRuleAskingForTheSameCorrectionAreOneFinding() {
    int dock = ENGLISH.indexOf("dock workers");
    Finding glossary = finding(ENGLISH, dock, dock + 12, "TERM_DOCKWORKERS",
        "rules/en/glossary.csv", new Category("Terminology", "Wrong term"), Severity.MINOR,
        "dockworkers");
    Finding compound = languageTool(ENGLISH, dock, dock + 12, "WORKER_COMPOUNDS",
        Category.GRAMMAR, Severity.MAJOR, "dockworkers");

    List<Finding> result = merged(compound, glossary);

    assertEquals(1, result.size());
    Finding kept = result.get(0);
    assertEquals(List.of("TERM_DOCKWORKERS", "rules/en/glossary.csv", "Terminology/Wrong term",
        Severity.MAJOR, "dock workers"), List.of(kept.ruleId(), kept.ruleSource(),
        kept.category().toString(), kept.severity(), kept.text()));
    assertEquals("Message of TERM_DOCKWORKERS. (also flagged by WORKER_COMPOUNDS)",
        kept.message());
    assertEquals(List.of("dockworkers"), kept.suggestions());
  }

  @Test
  void theSameCorrectionIsComparedOnTheTextBothSpansCover() {
    int dock = ENGLISH.indexOf("dock workers");
    // "workers" -> "dockworkers" by one rule, "dock workers" -> "dockworkers" by the other
    Finding word = languageTool(ENGLISH, dock + 5, dock + 12, "WORKER_COMPOUNDS",
        Category.GRAMMAR, Severity.MINOR, "x", "dockworkers");
    Finding term = finding(ENGLISH, dock, dock + 12, "TERM_DOCKWORKERS", "rules/en/glossary.csv",
        new Category("Terminology", "Wrong term"), Severity.MINOR, "dockworkers");
    assertEquals(2, merged(word, term).size(), "\"dock dockworkers\" is not \"dockworkers\"");

    Finding joined = languageTool(ENGLISH, dock + 4, dock + 5, "SPACE_RULE", Category.GRAMMAR,
        Severity.MINOR, "");
    List<Finding> result = merged(joined, term);
    assertEquals(1, result.size());
    assertEquals(List.of("TERM_DOCKWORKERS", "dockworkers"),
        List.of(result.get(0).ruleId(), result.get(0).suggestions().get(0)));
  }

  @Test
  void overlappingFindingsOfDifferentProblemsAreAllKept() {
    int dock = ENGLISH.indexOf("dock workers");
    List<Finding> result = merged(
        finding(ENGLISH, dock, dock + 12, "TERM_DOCKWORKERS", "rules/en/glossary.csv",
            new Category("Terminology", "Wrong term"), Severity.MAJOR, "dockworkers"),
        languageTool(ENGLISH, dock + 5, dock + 12, "AGREEMENT", Category.GRAMMAR,
            Severity.MAJOR, "worker"),
        builtin(ENGLISH, dock, dock + 4, "WORD_ECHO", Category.AWKWARD, Severity.MINOR));
    assertEquals(List.of("WORD_ECHO", "TERM_DOCKWORKERS", "AGREEMENT"),
        result.stream().map(Finding::ruleId).toList());
    assertEquals("Message of AGREEMENT.", result.get(2).message());
  }

  @Test
  void theNarrowerSpanIsKeptAndAChainOfOverlapsJoinsNothingThatDoesNotOverlap() {
    String text = "Microsoft develop Windows. Phone operating system phone.";
    int stray = text.indexOf("Windows. Phone");
    int fragment = text.indexOf("Phone operating");
    int echo = text.indexOf("system phone");
    List<Finding> result = merged(
        builtin(text, fragment, text.length() - 1, "VERBLESS_FRAGMENT", Category.GRAMMAR,
            Severity.MAJOR),
        builtin(text, stray, stray + 14, "STRAY_SENTENCE_BREAK", Category.PUNCTUATION,
            Severity.MAJOR, "Windows Phone"),
        languageTool(text, echo, echo + 12, "ENGLISH_WORD_REPEAT_RULE", Category.GRAMMAR,
            Severity.MAJOR, "system"));
    // The stray full stop is kept (narrowest) and takes in the fragment it overlaps; the
    // repeated word overlaps only the fragment, so it stays an error of its own.
    assertEquals(List.of("STRAY_SENTENCE_BREAK", "ENGLISH_WORD_REPEAT_RULE"),
        result.stream().map(Finding::ruleId).toList());
    assertEquals("Message of STRAY_SENTENCE_BREAK. (also flagged by VERBLESS_FRAGMENT)",
        result.get(0).message());
  }

  @Test
  void suggestionsOfAFindingInsideTheKeptSpanAreRewrittenToReplaceIt() {
    String text = "They went to teh market.";
    int phrase = text.indexOf("teh market");
    int word = text.indexOf("teh");
    List<Finding> result = merged(
        finding(text, phrase, phrase + 10, "HOUSE_MARKET", "rules/en/house.csv",
            Category.SPELLING, Severity.MINOR, "the market"),
        languageTool(text, word, word + 3, "MORFOLOGIK_RULE_EN_US", Category.SPELLING,
            Severity.MINOR, "the", "ten"));
    assertEquals(1, result.size());
    assertEquals(List.of("the market", "ten market"), result.get(0).suggestions());
  }

  @Test
  void aRuleFlaggingTheSameTextTwiceIsNotListedAsAgreeingWithItself() {
    String text = "the the the";
    List<Finding> result = merged(
        languageTool(text, 0, 7, "ENGLISH_WORD_REPEAT_RULE", Category.GRAMMAR, Severity.MAJOR,
            "the"),
        languageTool(text, 4, 11, "ENGLISH_WORD_REPEAT_RULE", Category.GRAMMAR, Severity.MAJOR,
            "the"));
    assertEquals(1, result.size());
    assertEquals("Message of ENGLISH_WORD_REPEAT_RULE.", result.get(0).message());
    assertEquals(0, result.get(0).start());
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfTheFindings() {
    int open = GERMAN.indexOf('“');
    int sentence = GERMAN.indexOf("The strike");
    List<Finding> findings = List.of(
        languageTool(GERMAN, open, open + 1, "FALSCHES_ANFUEHRUNGSZEICHEN", Category.PUNCTUATION,
            Severity.MINOR, "„"),
        builtin(GERMAN, open, open + 1, "LOCALE_QUOTATION_MARKS", Category.PUNCTUATION,
            Severity.MINOR, "„"),
        languageTool(GERMAN, open, open + 6, "SOME_GRAMMAR", Category.GRAMMAR, Severity.MAJOR),
        builtin(GERMAN, sentence, sentence + 20, "FOREIGN_LANGUAGE_SENTENCE",
            Category.UNTRANSLATED, Severity.MAJOR),
        languageTool(GERMAN, sentence + 4, sentence + 10, "GERMAN_SPELLER_RULE",
            Category.SPELLING, Severity.MINOR, "Strike"));
    List<Finding> expected = merged(findings.toArray(Finding[]::new));
    assertEquals(2, expected.size());
    Random random = new Random(17);
    for (int round = 0; round < 20; round++) {
      List<Finding> shuffled = new ArrayList<>(findings);
      Collections.shuffle(shuffled, random);
      assertEquals(expected, merged(shuffled.toArray(Finding[]::new)));
    }
  }
}
