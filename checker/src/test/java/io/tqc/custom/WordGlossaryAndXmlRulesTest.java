package io.tqc.custom;

import static io.tqc.custom.PackFixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Deadline;
import io.tqc.engine.Finding;
import io.tqc.engine.Rule;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WordGlossaryAndXmlRulesTest {
  @TempDir
  Path root;

  @Test
  void wordRuleFlagsEveryInflectionByLemma() throws Exception {
    Rule rule = PackFixtures.only(PackFixtures.load(PackFixtures.write(root, "en", "w.csv",
        HEADER + "NO_UTILIZE,word,utilize,Say use,use,Style/Awkward,minor,,,,\n")));
    String text = "We utilized it. She utilizes tools.\nUtilizing them helps.";
    assertEquals(List.of("3-11 utilized", "20-28 utilizes", "36-45 Utilizing"),
        PackFixtures.spans(PackFixtures.findings(rule, "en", text)));
  }

  @Test
  void glossaryFlagsAvoidedFormsAndTheMinorityOfAcceptedForms() throws Exception {
    Path rules = PackFixtures.write(root, "en", "glossary.csv",
        "id,preferred,accepted,avoid,note\n"
            + ",e-mail,email,electronic mail|e mail,House style\n");
    Rule rule = PackFixtures.only(PackFixtures.load(rules));
    assertEquals("TERM_E_MAIL", rule.id());
    String text = "Send an email. Another email. An e-mail too. Or electronic mail.";
    List<Finding> findings = PackFixtures.findingsWithin(rule, text, Deadline.NONE);
    assertEquals(List.of("48-63 electronic mail", "33-39 e-mail"),
        PackFixtures.spans(findings));
    assertEquals("Terminology/Wrong term", findings.get(0).category().toString());
    assertEquals("Use \u201Ce-mail\u201D, not \u201Celectronic mail\u201D: House style",
        findings.get(0).message());
    assertEquals("Terminology/Inconsistent", findings.get(1).category().toString());
    assertEquals(List.of("email"), findings.get(1).suggestions());
  }

  @Test
  void glossaryFindsAvoidedTermsInAnyInflectionAndSuggestsTheSameForm() throws Exception {
    Path rules = PackFixtures.write(root, "en", "glossary.csv",
        "id,preferred,avoid\nTERM_PORT_WORKER,port worker,dock worker|stevedore\n");
    Rule rule = PackFixtures.only(PackFixtures.load(rules));
    String text = "The dock workers went on strike. A dock worker spoke.\n"
        + "Two stevedores and a dock-worker left. Dock workers' pay rose.";
    List<Finding> findings = PackFixtures.findings(rule, "en-US", text);
    assertEquals(List.of("4-16 dock workers", "35-46 dock worker", "93-105 Dock workers",
        "58-68 stevedores"), PackFixtures.spans(findings));
    assertEquals(List.of(List.of("port workers"), List.of("port worker"),
        List.of("port workers"), List.of("port workers")),
        findings.stream().map(Finding::suggestions).toList());
  }

  @Test
  void germanGlossaryInflectsTheSuggestionInCaseAndNumber() throws Exception {
    Path rules = PackFixtures.write(root, "de", "glossary.csv",
        "id,preferred,avoid\nTERM_HAFENARBEITER,Hafenarbeiter,Dockarbeiter\n"
            + "TERM_MOBILTELEFON,Mobiltelefon,Handy\n");
    List<PackRule> loaded = PackFixtures.load(rules).rules();
    String text = "Wir danken den Dockarbeitern. Der Lohn des Dockarbeiters stieg. "
        + "Zwei Handys klingelten.";
    List<Finding> workers = PackFixtures.findings(loaded.get(0), "de-DE", text);
    assertEquals(List.of("15-28 Dockarbeitern", "43-56 Dockarbeiters"),
        PackFixtures.spans(workers));
    assertEquals(List.of(List.of("Hafenarbeitern"), List.of("Hafenarbeiters")),
        workers.stream().map(Finding::suggestions).toList());
    List<Finding> phones = PackFixtures.findings(loaded.get(1), "de-DE", text);
    assertEquals(List.of("69-75 Handys"), PackFixtures.spans(phones));
    assertEquals(List.of("Mobiltelefone"), phones.get(0).suggestions());
  }

  @Test
  void glossaryCountsASpanOnceWhenFormsDifferOnlyInCase() throws Exception {
    Path rules = PackFixtures.write(root, "en", "glossary.csv",
        "id,preferred,accepted\nTERM_COVID,COVID-19,Covid-19\n");
    Rule rule = PackFixtures.only(PackFixtures.load(rules));
    assertEquals(List.of("0-8 Covid-19"), PackFixtures.spans(PackFixtures.findingsWithin(rule,
        "Covid-19 and COVID-19 and COVID-19.", Deadline.NONE)));
  }

  @Test
  void grammarXmlRulesRunOnTheAnalysisWithTheirFileAsSource() throws Exception {
    Path rules = PackFixtures.write(root, "en", "g.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rules lang="en">
          <category id="T" name="Fluency/Grammar">
            <rule id="ALTHOUGH_BUT" name="although ... but">
              <pattern>
                <token skip="12">although</token>
                <marker><token>but</token></marker>
              </pattern>
              <message>Use one of them</message>
              <example correction="">Although it rained, <marker>but</marker> we went.</example>
              <example>Although it rained, we went.</example>
            </rule>
          </category>
        </rules>
        """);
    Rule rule = PackFixtures.only(PackFixtures.load(rules));
    assertEquals(4, rule.sourceLine());
    assertEquals(2, rule.examples().size());
    List<Finding> findings = PackFixtures.findings(rule, "en",
        "It rained. Although it rained, but we went.");
    assertEquals(List.of("31-34 but"), PackFixtures.spans(findings));
    assertEquals(RulePackLoader.display(rules.resolve("en/g.xml")), findings.get(0).ruleSource());
    assertEquals("Fluency/Grammar", findings.get(0).category().toString());
  }

  @Test
  void grammarXmlRuleGivesTheSameFindingsOnSeveralThreadsAtOnce() throws Exception {
    Rule rule = PackFixtures.only(PackFixtures.load(PackFixtures.write(root, "en", "u.xml", """
        <?xml version="1.0" encoding="UTF-8"?>
        <rules lang="en">
          <category id="T" name="Fluency/Grammar">
            <rule id="DET_NOUN_AGREEMENT" name="unification across tokens">
              <pattern>
                <token regexp="yes">this|these</token>
                <token postag="NNS?" postag_regexp="yes"/>
              </pattern>
              <message>Check agreement</message>
              <example correction=""><marker>these house</marker></example>
            </rule>
          </category>
        </rules>
        """)));
    String text = "We saw these houses and this house. ".repeat(20);
    List<String> expected = PackFixtures.spans(PackFixtures.findings(rule, "en", text));
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors
        .newFixedThreadPool(4);
    try {
      List<java.util.concurrent.Future<List<String>>> runs = new java.util.ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> PackFixtures.spans(PackFixtures.findings(rule, "en", text))));
      }
      for (java.util.concurrent.Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
    assertEquals(40, expected.size());
  }

  @Test
  void brokenGrammarXmlIsReportedWithItsLine() throws Exception {
    Path rules = PackFixtures.write(root, "en", "g.xml",
        "<?xml version=\"1.0\"?>\n<rules lang=\"en\">\n<category id=\"T\" name=\"x\">\n"
            + "<rule id=\"X\" name=\"x\"><pattern><token>a</token></pattern>\n</rules>\n");
    List<String> problems = PackFixtures.problems(rules);
    assertEquals(1, problems.size());
    assertEquals("en/g.xml:5: not a valid LanguageTool grammar file: ",
        problems.get(0).substring(0, problems.get(0).indexOf("file: ") + 6));
  }
}
