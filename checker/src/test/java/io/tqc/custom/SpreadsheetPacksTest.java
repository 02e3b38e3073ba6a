package io.tqc.custom;

import static io.tqc.custom.PackFixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Deadline;
import io.tqc.engine.Rule;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Packs as spreadsheets really save them: other encodings, other separators, typos. */
class SpreadsheetPacksTest {
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
  /** What German Excel writes for "CSV (Trennzeichen-getrennt)": windows-1252 and semicolons. */
  static final String GERMAN_EXCEL_PACK =
      "id;kind;pattern;message;suggestion;category;severity;case;example_bad;example_good;note\r\n"
          + "DE_MACHT_SINN;phrase;macht Sinn;Lehnübersetzung: „ergibt Sinn“;ergibt Sinn;"
          + "Style/Unidiomatic;minor;;Das <marker>macht Sinn</marker>.;Das ergibt Sinn.;\r\n"
          + "DE_PROZENT;regex;\"(\\d+) pct\\b\";Prozent ausschreiben;$1 Prozent;"
          + "Locale convention/Number format;minor;;Plus <marker>5 pct</marker>.;Plus 5 Prozent.;"
          + "\"Größe; Maß\"\r\n";
  static final String GUESS_NOTE = ": not UTF-8 (line 2 has a byte UTF-8 does not allow), so "
      + "it was read as windows-1252; save it as UTF-8 to be sure every character is read as "
      + "written (Excel: Save As, \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Text "
      + "CSV, character set \"Unicode (UTF-8)\"; a text editor: encoding UTF-8)";

  @TempDir
  Path root;

  private Path writeBytes(String lang, String name, byte[] content) throws Exception {
    Path folder = root.resolve("rules").resolve(lang);
    Files.createDirectories(folder);
    Files.write(folder.resolve(name), content);
    return root.resolve("rules");
  }

  @Test
  void windows1252WithSemicolonsLoadsEveryCellAndSaysWhichEncodingWasAssumed() throws Exception {
    Path rules = writeBytes("de", "house.csv", GERMAN_EXCEL_PACK.getBytes(WINDOWS_1252));
    PackContents contents = PackFixtures.load(rules);
    List<PackRule> loaded = contents.rules();
    assertEquals(List.of("DE_MACHT_SINN", "DE_PROZENT"), loaded.stream().map(Rule::id).toList());
    assertEquals(List.of(2, 3), loaded.stream().map(Rule::sourceLine).toList());
    assertEquals("Lehnübersetzung: „ergibt Sinn“", loaded.get(0).description());
    assertEquals("Locale convention/Number format", loaded.get(1).category().toString());
    assertEquals(List.of("4-14 macht Sinn"), PackFixtures.spans(
        PackFixtures.findingsWithin(loaded.get(0), "Das macht Sinn.", Deadline.NONE)));
    assertEquals(List.of("5 Prozent"), PackFixtures.findingsWithin(loaded.get(1), "Plus 5 pct.",
        Deadline.NONE).get(0).suggestions());
    String source = RulePackLoader.display(rules.resolve("de/house.csv"));
    assertEquals(List.of(source + GUESS_NOTE),
        contents.warnings().stream().map(PackProblem::describe).toList());
  }

  @Test
  void utf8WithByteOrderMarkAndSemicolonsLoadsWithoutWarning() throws Exception {
    Path rules = writeBytes("de", "house.csv",
        ("\uFEFF" + GERMAN_EXCEL_PACK).getBytes(StandardCharsets.UTF_8));
    PackContents contents = PackFixtures.load(rules);
    assertEquals("Lehnübersetzung: „ergibt Sinn“", contents.rules().get(0).description());
    assertEquals(List.of(), contents.warnings());
  }

  @Test
  void tabSeparatedGlossaryLoads() throws Exception {
    Path rules = writeBytes("en", "glossary.csv", ("id\tpreferred\tavoid\n"
        + "TERM_PORT_WORKER\tport worker\tdock worker|docker\n")
        .getBytes(StandardCharsets.UTF_8));
    Rule rule = PackFixtures.only(PackFixtures.load(rules));
    assertEquals(List.of("4-15 dock worker", "17-23 docker"), PackFixtures.spans(
        PackFixtures.findingsWithin(rule, "The dock worker, docker.", Deadline.NONE)));
  }

  @Test
  void bytesNeitherUtf8NorWindows1252AreRefusedWithTheirLineAndHowToSave() throws Exception {
    byte[] pack = (HEADER + "X,phrase,foo,Msg,,Style/Awkward,minor,,,,\nY,phrase,b")
        .getBytes(StandardCharsets.US_ASCII);
    byte[] withUndefinedByte = new byte[pack.length + 3];
    System.arraycopy(pack, 0, withUndefinedByte, 0, pack.length);
    withUndefinedByte[pack.length] = (byte) 0x81; // undefined in windows-1252
    withUndefinedByte[pack.length + 1] = 'r';
    withUndefinedByte[pack.length + 2] = '\n';
    Path rules = writeBytes("en", "odd.csv", withUndefinedByte);
    assertEquals(List.of("en/odd.csv:3: the file is neither UTF-8 nor windows-1252 (byte 0x81); "
        + "save it as UTF-8 to be sure every character is read as written (Excel: Save As, "
        + "\"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Text CSV, character set "
        + "\"Unicode (UTF-8)\"; a text editor: encoding UTF-8)"), PackFixtures.problems(rules));
  }

  @Test
  void misspeltSecondLevelCategoryIsAnErrorNamingTheClosestKnownOne() throws Exception {
    Path rules = PackFixtures.write(root, "en", "house.csv", HEADER
        + "FINE,phrase,foo,Msg,,style/awkward,minor,,,,\n"
        + "TYPO,phrase,bar,Msg,,Style/Awkard,minor,,,,\n"
        + "FAR,phrase,baz,Msg,,Style/Elegance,minor,,,,\n"
        + "OTHER,phrase,qux,Msg,,Other/Whatever,minor,,,,\n");
    assertEquals(List.of(
        "en/house.csv:3: TYPO: unknown MQM category 'Style/Awkard' (did you mean Style/Awkward?)",
        "en/house.csv:4: FAR: unknown MQM category 'Style/Elegance' (the second levels of Style "
            + "are Awkward, Unidiomatic)",
        "en/house.csv:5: OTHER: unknown MQM category 'Other/Whatever' (Other has no second "
            + "levels; write Other alone)"),
        PackFixtures.problems(rules));
    Files.writeString(rules.resolve("en/house.csv"), HEADER
        + "FINE,phrase,foo,Msg,,style/awkward,minor,,,,\n");
    assertEquals("Style/Awkward", PackFixtures.only(PackFixtures.load(rules)).category()
        .toString());
  }

  @Test
  void duplicateIdIsBlamedOnTheNewerPackEvenWhenItSortsFirst() throws Exception {
    PackFixtures.write(root, "en", "zh-en-translationese.csv", HEADER
        + "OTHER,phrase,bar,Msg,,Style/Awkward,minor,,,,\n"
        + "ZH_IN_THE_END,phrase,in the end,Msg,,Style/Awkward,minor,,,,\n");
    Path rules = PackFixtures.write(root, "en", "a-house.csv", HEADER
        + "ZH_IN_THE_END,phrase,in the end,Msg,,Style/Awkward,minor,,,,\n");
    Files.setLastModifiedTime(rules.resolve("en/zh-en-translationese.csv"),
        FileTime.from(Instant.parse("2026-01-01T00:00:00Z")));
    Files.setLastModifiedTime(rules.resolve("en/a-house.csv"),
        FileTime.from(Instant.parse("2026-11-30T00:00:00Z")));
    assertEquals(List.of("en/a-house.csv:2: duplicate id ZH_IN_THE_END (already defined at "
        + "en/zh-en-translationese.csv:3)"), PackFixtures.problems(rules));
  }

  @Test
  void duplicateIdInALaterRulesFolderIsBlamedThereWhateverItsAge() throws Exception {
    Path shipped = PackFixtures.write(root.resolve("shipped"), "en", "a.csv", HEADER
        + "SAME,phrase,foo,Msg,,Style/Awkward,minor,,,,\n");
    Path team = PackFixtures.write(root.resolve("team"), "en", "b.csv", HEADER
        + "SAME,phrase,foo,Msg,,Style/Awkward,minor,,,,\n");
    Files.setLastModifiedTime(team.resolve("en/b.csv"),
        FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
    RulePackException e = org.junit.jupiter.api.Assertions.assertThrows(
        RulePackException.class, () -> RulePackLoader.load(List.of(shipped, team), List.of()));
    assertEquals(List.of(RulePackLoader.display(team.resolve("en/b.csv")) + ":2: duplicate id "
        + "SAME (already defined at " + RulePackLoader.display(shipped.resolve("en/a.csv"))
        + ":2)"), e.problems().stream().map(PackProblem::describe).toList());
  }

  @Test
  void acceptListThatCannotBeDecodedIsABrokenPackWithItsLine() throws Exception {
    Path rules = writeBytes("en", "accept.txt", new byte[] {'Z', 'h', 'o', 'u', '\n', 'B',
        (byte) 0x9D, 'x', '\n'});
    assertEquals(List.of("en/accept.txt:2: the file is neither UTF-8 nor windows-1252 (byte "
        + "0x9D); save it as UTF-8 to be sure every character is read as written (Excel: Save "
        + "As, \"CSV UTF-8 (Comma delimited)\"; LibreOffice: Save As, Text CSV, character set "
        + "\"Unicode (UTF-8)\"; a text editor: encoding UTF-8)"), PackFixtures.problems(rules));
  }

  @Test
  void acceptListInWindows1252LoadsWithANote() throws Exception {
    Path rules = writeBytes("en", "accept.txt", "# names\nBjørnstjærne\n".getBytes(WINDOWS_1252));
    PackContents contents = PackFixtures.load(rules);
    assertEquals(List.of(RulePackLoader.display(rules.resolve("en/accept.txt"))
        + GUESS_NOTE), contents.warnings().stream().map(PackProblem::describe).toList());
  }
}
