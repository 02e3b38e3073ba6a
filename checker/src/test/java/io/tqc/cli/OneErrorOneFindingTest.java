package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cases of one error reported by several rules, end to end: each is one row of
 * findings.csv, counted once in summary.csv, and the rules that agreed are named in its message.
 * Each case is also run with the kept rule disabled, to show that the other rules did fire.
 */
class OneErrorOneFindingTest {
  private static final Path ARTICLES = Path.of("src/test/resources/one-error");

  @TempDir
  Path dir;

  /** start, end, rule_id, message and suggestions of each finding. */
  private List<List<String>> findings(String out) throws Exception {
    return CheckCommandTest.readCsv(dir.resolve(out).resolve("findings.csv")).stream().skip(1)
        .map(r -> List.of(r[4], r[5], r[6], r[10], r[11])).toList();
  }

  /** findings, major, minor, penalty per 1000 words and verdict. */
  private List<String> summary(String out) throws Exception {
    String[] row = CheckCommandTest.readCsv(dir.resolve(out).resolve("summary.csv")).get(1);
    return List.of(row[3], row[5], row[6], row[7], row[8]);
  }

  private List<String> ruleIds(String out) throws Exception {
    return findings(out).stream().map(f -> f.get(0) + "-" + f.get(1) + " " + f.get(2)).toList();
  }

  private void check(String out, String... args) {
    // the limit is raised: a loaded machine must not turn these cases into time-outs
    String[] all = new String[args.length + 6];
    System.arraycopy(new String[] {"check", "-q", "--no-cache", "--max-check-seconds=1000",
        "--out", dir.resolve(out).toString()}, 0, all, 0, 6);
    System.arraycopy(args, 0, all, 6, args.length);
    Main.run(all);
  }

  @Test
  void englishCurlyQuotesInGermanAreOneFindingPerQuotationMark() throws Exception {
    String article = ARTICLES.resolve("de-english-quotes.txt").toString();
    check("merged", article);
    String quotes = "This language writes quotation marks as „…“.";
    String agreed = quotes + " (also flagged by FALSCHES_ANFUEHRUNGSZEICHEN)";
    assertEquals(List.of(
        List.of("170", "171", "LOCALE_QUOTATION_MARKS", agreed, "„"),
        List.of("184", "185", "LOCALE_QUOTATION_MARKS", quotes, "“"),
        List.of("320", "321", "LOCALE_QUOTATION_MARKS", agreed, "„"),
        List.of("338", "339", "LOCALE_QUOTATION_MARKS", quotes, "“")), findings("merged"));
    assertEquals(List.of("4", "0", "4", "63.49", "fail"), summary("merged"));

    check("alone", "--disable", "LOCALE_QUOTATION_MARKS", article);
    assertEquals(List.of("170-185 FALSCHES_ANFUEHRUNGSZEICHEN",
        "320-339 FALSCHES_ANFUEHRUNGSZEICHEN"), ruleIds("alone"));
  }

  @Test
  void anEnglishSentenceInAGermanArticleIsOneFinding() throws Exception {
    String article = ARTICLES.resolve("de-english-sentence.txt").toString();
    check("merged", article);
    assertEquals(List.of(List.of("193", "273", "FOREIGN_LANGUAGE_SENTENCE", "This sentence "
        + "looks like English, not the article's language: it may be left untranslated. (also "
        + "flagged by GERMAN_SPELLER_RULE)", "")), findings("merged"));
    assertEquals(List.of("1", "1", "0", "72.46", "fail"), summary("merged"));

    check("alone", "--disable", "FOREIGN_LANGUAGE_SENTENCE", article);
    assertEquals(List.of("193-196 GERMAN_SPELLER_RULE", "224-227 GERMAN_SPELLER_RULE",
        "228-231 GERMAN_SPELLER_RULE", "244-249 GERMAN_SPELLER_RULE",
        "250-257 GERMAN_SPELLER_RULE", "258-262 GERMAN_SPELLER_RULE",
        "263-265 GERMAN_SPELLER_RULE", "266-272 GERMAN_SPELLER_RULE"), ruleIds("alone"));
  }

  @Test
  void aGlossaryTermAndLanguageToolsCompoundRuleOnDockWorkersAreOneFinding() throws Exception {
    Path packs = Files.createDirectories(dir.resolve("packs/en"));
    Files.writeString(packs.resolve("glossary.csv"), """
        id,preferred,accepted,avoid,note,severity,case,example_bad,example_good
        TERM_DOCKWORKERS,dockworkers,,dock workers,House style,major,,\
        The <marker>dock workers</marker> struck.,The dockworkers struck.
        """);
    String article = ARTICLES.resolve("en-dock-workers.txt").toString();
    String rules = packs.getParent().toString();
    check("merged", "--rules", rules, article);
    assertEquals(List.of(
        List.of("39", "51", "TERM_DOCKWORKERS", "Use “dockworkers”, not “dock workers”: House "
            + "style (also flagged by WORKER_COMPOUNDS)", "dockworkers"),
        List.of("190", "197", "MORFOLOGIK_RULE_EN_US",
            "Possible spelling mistake. 'harbour' is British English.", "harbor")),
        findings("merged"));
    assertEquals(List.of("2", "1", "1", "150.00", "fail"), summary("merged"));

    check("alone", "--rules", rules, "--disable", "TERM_DOCKWORKERS", article);
    assertEquals(List.of("39-51 WORKER_COMPOUNDS", "190-197 MORFOLOGIK_RULE_EN_US"),
        ruleIds("alone"));
  }
}
