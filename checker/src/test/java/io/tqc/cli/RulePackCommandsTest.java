package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackCommandsTest {
  static final String HEADER =
      "id,kind,pattern,message,suggestion,category,severity,case,example_bad,example_good,note\n";

  @TempDir
  Path dir;

  private Path pack(String lang, String name, String rows) throws Exception {
    Path folder = dir.resolve("packs").resolve(lang);
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    Files.writeString(file, HEADER + rows, StandardCharsets.UTF_8);
    return file;
  }

  private Path article(String name, String text) throws Exception {
    Path folder = dir.resolve("in");
    Files.createDirectories(folder);
    Path file = folder.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static List<String[]> csv(Path file) throws Exception {
    try (Reader in = Files.newBufferedReader(file); CSVReader reader = new CSVReader(in)) {
      List<String[]> rows = new ArrayList<>(reader.readAll());
      rows.remove(0);
      return rows;
    }
  }

  private static String display(Path path) {
    return path.normalize().toString().replace('\\', '/');
  }

  @Test
  void rulesTestPrintsEachFailingExampleAsFileLineAndExitsOne() throws Exception {
    Path file = pack("en", "house.csv",
        "GOOD,phrase,in the end,Msg,,Style/Awkward,minor,,<marker>In the end</marker>.,Finally.,\n"
            + "WRONG,phrase,utilise,Msg,,Style/Awkward,minor,,We <marker>utilize</marker> it.,"
            + "We use it.,\n");
    CliRun run = CliRun.of("rules", "test", file.toString());
    assertEquals(1, run.exitCode(), run.err());
    assertEquals(display(file) + ":3: WRONG: expected to flag: \"We utilize it.\"\n",
        run.out());
    assertTrue(run.err().endsWith("tqc: 2 rules, 4 examples, 1 failed\n"), run.err());
  }

  @Test
  void checkWithABrokenRegexExitsTwoNamingFileAndLine() throws Exception {
    Path file = pack("en", "broken.csv",
        "FINE,phrase,foo,Msg,,Style/Awkward,minor,,,,\n"
            + "BROKEN,regex,[a-z,Msg,,Style/Awkward,minor,,,,\n");
    Path input = article("a.txt", "Some text.");
    CliRun run = CliRun.of("check", input.toString(), "--rules", file.getParent().toString(),
        "--out", dir.resolve("out").toString(), "--lang", "en-US", "-q");
    assertEquals(2, run.exitCode());
    assertEquals("tqc: " + display(file) + ":3: BROKEN: bad regex: Unclosed character class "
        + "near index 3 of '[a-z'\n", run.err());
  }

  @Test
  void runawayRegexStopsOnlyItsDocumentWithinTheTimeLimit() throws Exception {
    Path file = pack("en", "slow.csv",
        "RUNAWAY,regex,(a+)+$,Msg,,Style/Awkward,minor,sensitive,,,\n"
            + "HELLO,phrase,hello world,Msg,,Style/Awkward,minor,,,,\n");
    article("1-runaway.txt", "a".repeat(50_000) + "b\n");
    article("2-normal.txt", "Hello world, this is fine.\n");
    Path out = dir.resolve("out");
    long started = System.nanoTime();
    CliRun run = CliRun.of("check", dir.resolve("in").toString(), "--rules",
        file.getParent().toString(), "--out", out.toString(), "--lang", "en-US",
        "--max-check-seconds", "3", "--jobs", "1", "-q");
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    assertEquals(3, run.exitCode(), run.err());
    assertTrue(seconds < 30, "took " + seconds + " s");
    List<String[]> summary = csv(out.resolve("summary.csv"));
    assertEquals(2, summary.size());
    assertTrue(summary.get(0)[0].endsWith("1-runaway.txt"));
    assertEquals("rule RUNAWAY (" + display(file) + ":2) was stopped: checking took longer "
        + "than 3 s (raise the limit with --max-check-seconds)", summary.get(0)[9]);
    assertEquals("", summary.get(1)[9]);
    List<String[]> findings = csv(out.resolve("findings.csv"));
    List<String> packFindings = findings.stream().filter(r -> r[7].equals(display(file)))
        .map(r -> r[0].replaceAll(".*/", "") + " " + r[4] + "-" + r[5] + " " + r[6]).toList();
    assertEquals(List.of("2-normal.txt 0-11 HELLO"), packFindings);
  }

  @Test
  void configFileDisablesRulesAndOverridesSeverities() throws Exception {
    Path file = pack("en", "house.csv",
        "ONE,phrase,first phrase,Msg,,Style/Awkward,minor,,,,\n"
            + "TWO,phrase,second phrase,Msg,,Style/Awkward,minor,,,,\n"
            + "THREE,phrase,third phrase,Msg,,Style/Awkward,minor,,,,\n");
    Path input = article("a.txt", "The first phrase, the second phrase and the third phrase.\n");
    Path config = dir.resolve("team.properties");
    Files.writeString(config, "rules=" + file.getParent() + "\ndisable=ONE,TWO\n"
        + "severity=THREE=critical\nlang=en-US\nfail-on=none\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("check", input.toString(), "--config", config.toString(),
        "--enable", "TWO", "--out", out.toString(), "-q");
    assertEquals(0, run.exitCode(), run.err());
    List<String> packFindings = csv(out.resolve("findings.csv")).stream()
        .filter(r -> r[7].equals(display(file))).map(r -> r[6] + " " + r[9]).toList();
    assertEquals(List.of("TWO minor", "THREE critical"), packFindings);
  }

  @Test
  void ruleIdsNoRuleHasAreNamedInAWarning() throws Exception {
    Path file = pack("en", "house.csv", "ONE,phrase,first phrase,Msg,,Style/Awkward,minor,,,,\n");
    Path input = article("a.txt", "The first phrase is here.\n");
    CliRun run = CliRun.of("check", input.toString(), "--rules", file.getParent().toString(),
        "--lang", "en-US", "--no-cache", "--fail-on", "none", "-q", "--out",
        dir.resolve("out").toString(), "--disable", "ONE,UPPERCASE_SENTENCE_START,NO_SUCH_RULE",
        "--severity", "MORFOLOGIK_RULE_EN_US=minor,TYPO_RULE=major");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("tqc: warning: no rule has the id NO_SUCH_RULE, TYPO_RULE (named in --disable, "
        + "--enable or --severity; looked up in tqc's rules, the rule packs and LanguageTool's "
        + "rules for en-US)\n", run.err());
  }

  @Test
  void configFileWithAnUnknownKeyExitsTwo() throws Exception {
    Path config = dir.resolve("bad.properties");
    Files.writeString(config, "disabel=ONE\n");
    CliRun run = CliRun.of("check", "x.txt", "--config", config.toString());
    assertEquals(2, run.exitCode());
    assertEquals("tqc: " + config + ": unknown key 'disabel' (keys are long option names "
        + "without dashes, such as lang, rules, disable, severity, fail-on)\n", run.err());
  }

  @Test
  void rulesListShowsIdSourceKindCategorySeverityAndMessage() throws Exception {
    Path file = pack("de", "house.csv",
        "DE_ONE,phrase,Sinn machen,Lehnübersetzung,,Style/Unidiomatic,minor,,,,\n");
    CliRun run = CliRun.of("rules", "list", "--rules", file.getParent().toString(),
        "--lang", "de");
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("id\tsource\tkind\tcategory\tseverity\tmessage\n"));
    assertTrue(run.out().contains("DE_ONE\t" + display(file)
        + ":2\tphrase\tStyle/Unidiomatic\tminor\tLehnübersetzung\n"), run.out());
  }
  /** What German Excel saves: windows-1252, semicolons, CRLF. */
  private Path germanExcelPack() throws Exception {
    Path folder = dir.resolve("packs").resolve("de");
    Files.createDirectories(folder);
    Path file = folder.resolve("house.csv");
    Files.write(file, ("id;kind;pattern;message;suggestion;category;severity;case;example_bad;"
        + "example_good;note\r\n"
        + "DE_MACHT_SINN;phrase;macht Sinn;Lehnübersetzung;ergibt Sinn;Style/Unidiomatic;minor;;"
        + "Das <marker>macht Sinn</marker>.;Das ergibt Sinn.;Größe\r\n")
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    return file;
  }

  private static String guessNote(Path file) {
    return "tqc: warning: " + display(file) + ": not UTF-8 (line 2 has a byte UTF-8 does not "
        + "allow), so it was read as windows-1252; save it as UTF-8 to be sure every character "
        + "is read as written (Excel: Save As, \"CSV UTF-8 (Comma delimited)\"; LibreOffice: "
        + "Save As, Text CSV, character set \"Unicode (UTF-8)\"; a text editor: encoding "
        + "UTF-8)\n";
  }

  @Test
  void rulesTestAndListReadAWindows1252SemicolonPackAndSayWhichEncodingTheyAssumed()
      throws Exception {
    Path file = germanExcelPack();
    CliRun test = CliRun.of("rules", "test", file.toString());
    assertEquals(0, test.exitCode(), test.err());
    assertEquals(guessNote(file) + "tqc: 1 rules, 2 examples, 0 failed\n", test.err());
    CliRun list = CliRun.of("rules", "list", "--rules", file.getParent().toString(),
        "--lang", "de");
    assertEquals(0, list.exitCode(), list.err());
    assertEquals(guessNote(file), list.err());
    assertTrue(list.out().contains("DE_MACHT_SINN\t" + display(file)
        + ":2\tphrase\tStyle/Unidiomatic\tminor\tLehnübersetzung\n"), list.out());
  }

  @Test
  void checkStopsBeforeAnyArticleWhenTheAcceptListCannotBeDecoded() throws Exception {
    Path folder = dir.resolve("packs").resolve("en");
    Files.createDirectories(folder);
    Path accept = folder.resolve("accept.txt");
    Files.write(accept, new byte[] {'Z', 'h', 'o', 'u', '\n', 'B', (byte) 0x81, 'x', '\n'});
    Path input = article("a.txt", "Zhou spoke.\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("check", input.toString(), "--rules", folder.toString(), "--out",
        out.toString(), "--lang", "en-US", "--no-cache", "-q");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("tqc: " + display(accept) + ":2: the file is neither UTF-8 nor windows-1252 "
        + "(byte 0x81); save it as UTF-8 to be sure every character is read as written (Excel: "
        + "Save As, \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Text CSV, character "
        + "set \"Unicode (UTF-8)\"; a text editor: encoding UTF-8)\n", run.err());
    assertTrue(Files.notExists(out.resolve("summary.csv")));
  }

  @Test
  void anAcceptListInWindows1252AcceptsItsWords() throws Exception {
    Path folder = dir.resolve("packs").resolve("en");
    Files.createDirectories(folder);
    Files.write(folder.resolve("accept.txt"), "# names\nØstergård\n"
        .getBytes(java.nio.charset.Charset.forName("windows-1252")));
    // Without the list LanguageTool's speller flags both names.
    Path input = article("a.txt", "Østergård flew to Måløy on Monday.\n");
    Path out = dir.resolve("out");
    CliRun run = CliRun.of("check", input.toString(), "--rules", folder.toString(), "--out",
        out.toString(), "--lang", "en-US", "--no-cache", "--fail-on", "none", "-q");
    assertEquals(0, run.exitCode(), run.err());
    List<String> spelling = csv(out.resolve("findings.csv")).stream()
        .filter(r -> r[6].startsWith("MORFOLOGIK")).map(r -> r[12]).toList();
    assertEquals(List.of("Måløy"), spelling);
    assertEquals("", csv(out.resolve("summary.csv")).get(0)[9]);
  }

  @Test
  void aMisspeltIdInDisableNamesTheClosestKnownId() throws Exception {
    Path file = pack("en", "house.csv", "HOUSE_PCT,regex,\\d+ pct,Msg,,Style/Awkward,minor,,,,\n");
    Path input = article("a.txt", "Up 5 pct.\n");
    CliRun run = CliRun.of("check", input.toString(), "--rules", file.getParent().toString(),
        "--lang", "en-US", "--no-cache", "--fail-on", "none", "-q", "--out",
        dir.resolve("out").toString(), "--disable", "HOUSE_PTC");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("tqc: warning: no rule has the id HOUSE_PTC (did you mean HOUSE_PCT?) (named in "
        + "--disable, --enable or --severity; looked up in tqc's rules, the rule packs and "
        + "LanguageTool's rules for en-US)\n", run.err());
  }
}
