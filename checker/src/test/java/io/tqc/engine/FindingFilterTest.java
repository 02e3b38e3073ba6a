package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.read.Document;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;

/** The name-aware spelling filter: silence only on evidence that the speller knows the name. */
class FindingFilterTest {
  @Test
  void anInflectedFormOfANameTheSpellerKnowsIsEvidence() {
    assertTrue(FindingFilter.inflectsKnownName("Nokia sagte, Nokias Plan", "Nokias",
        Set.of("Nokias")));
    assertTrue(FindingFilter.inflectsKnownName("Байден и план Байдена", "Байдена",
        Set.of("Байдена")));
    assertTrue(FindingFilter.inflectsKnownName("Nokia and Nokia's plan", "Nokia's", Set.of()));
  }

  @Test
  void aRepeatedUnknownNameIsNoEvidence() {
    assertFalse(FindingFilter.inflectsKnownName("said Elop. Elop said, Elop", "Elop",
        Set.of("Elop")));
    // The stem is flagged too: the speller does not know the name in any form.
    assertFalse(FindingFilter.inflectsKnownName("Moderot and Moderots", "Moderots",
        Set.of("Moderot", "Moderots")));
    // Only inside a longer word, a lower-case word, a stem too short to tell.
    assertFalse(FindingFilter.inflectsKnownName("Nokiaphone and Nokias", "Nokias",
        Set.of("Nokias")));
    assertFalse(FindingFilter.inflectsKnownName("tabl and tabls", "tabls", Set.of("tabls")));
    assertFalse(FindingFilter.inflectsKnownName("Xi and Xis", "Xis", Set.of("Xis")));
  }

  @Test
  void applyDropsOnlyTheAlarmsWithEvidenceAndCountsThem() {
    String text = "Nokia sagte, Nokias Chef Elop bleibt. Elop sagte das.";
    Document document = Document.of("t.txt", text, "text/plain", "", false);
    FindingFactory factory = new FindingFactory(document, "de-DE");
    CheckContext context = new CheckContext(document, Languages.getLanguageForShortCode("de-DE"),
        List.of(), factory);
    Finding nokias = alarm(factory, text, "Nokias");
    Finding elop = alarm(factory, text, "Elop");
    Finding other = factory.create(0, 5, "DE_CASE", Finding.SOURCE_LANGUAGETOOL,
        Category.GRAMMAR, Severity.MINOR, "m", List.of());
    FindingFilter.Filtered filtered = new FindingFilter(Set.of(), Map.of())
        .apply(context, List.of(nokias, elop, other));
    assertEquals(List.of(elop, other), filtered.kept());
    assertEquals(1, filtered.silencedSpellingAlarms());
    FindingFilter.Filtered off = new FindingFilter(Set.of(), Map.of(), false)
        .apply(context, List.of(nokias, elop, other));
    assertEquals(List.of(nokias, elop, other), off.kept());
    assertEquals(0, off.silencedSpellingAlarms());
  }

  @Test
  void aBuiltInRuleTakesTheSeverityMeasuredInItsLanguageAndAnOverrideWinsOverIt()
      throws java.io.IOException {
    MeasuredSeverities table = MeasuredSeverities.read(new java.io.StringReader(
        "language,rule,severity,category_severity,reason\n"
            + "de,STRAY_SENTENCE_BREAK,neutral,major,\"span precision 2/11\"\n"), "t.csv");
    String text = "Er sagte. Das ist gut.";
    Finding german = finding("de-DE", text, "STRAY_SENTENCE_BREAK", Finding.SOURCE_BUILTIN);
    Finding english = finding("en-US", text, "STRAY_SENTENCE_BREAK", Finding.SOURCE_BUILTIN);
    Finding pack = finding("de-DE", text, "STRAY_SENTENCE_BREAK", "rules/de/house.csv");
    CheckContext context = new CheckContext(Document.of("t.txt", text, "text/plain", "", false),
        Languages.getLanguageForShortCode("de-DE"), List.of(),
        new FindingFactory(Document.of("t.txt", text, "text/plain", "", false), "de-DE"));

    List<Finding> kept = new FindingFilter(Set.of(), Map.of(), true, table)
        .apply(context, List.of(german, english, pack)).kept();
    assertEquals(List.of(Severity.NEUTRAL, Severity.MAJOR, Severity.MAJOR),
        kept.stream().map(Finding::severity).toList());

    List<Finding> overridden = new FindingFilter(Set.of(),
        Map.of("STRAY_SENTENCE_BREAK", Severity.MINOR), true, table)
        .apply(context, List.of(german)).kept();
    assertEquals(Severity.MINOR, overridden.get(0).severity());
  }

  private static Finding finding(String language, String text, String ruleId, String source) {
    FindingFactory factory = new FindingFactory(
        Document.of("t.txt", text, "text/plain", "", false), language);
    return factory.create(8, 10, ruleId, source, Category.GRAMMAR, Severity.MAJOR, "m",
        List.of());
  }

  private static Finding alarm(FindingFactory factory, String text, String word) {
    int at = text.indexOf(word);
    return factory.create(at, at + word.length(), "GERMAN_SPELLER_RULE",
        Finding.SOURCE_LANGUAGETOOL, Category.SPELLING, Severity.MINOR, "m", List.of());
  }
}
