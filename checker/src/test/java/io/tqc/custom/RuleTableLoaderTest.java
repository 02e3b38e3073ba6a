package io.tqc.custom;

import static io.tqc.custom.PackFixtures.HEADER;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.engine.Rule;
import io.tqc.engine.RuleExample;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuleTableLoaderTest {
  @TempDir
  Path root;

  @Test
  void loadsEachKindWithItsSourceLineAndExamples() throws Exception {
    Path rules = PackFixtures.write(root, "en", "house.csv", HEADER
        + "HOUSE_PHRASE,phrase,in the end,Say finally,Finally,Style/Unidiomatic,minor,,"
        + "\"<marker>In the end</marker>, it rained.\",\"Finally, it rained.\",\n"
        + "HOUSE_REGEX,regex,\\b(\\d+) pct\\b,Write per cent,$1 per cent,Style/Awkward,major,"
        + "sensitive,\"Up <marker>5 pct</marker>.\",,\n"
        + ",,,,,,,,,,\n"
        + "HOUSE_WORD,word,utilize,Say use,use,Style/Awkward,minor,,utilized,,\n");
    PackContents contents = PackFixtures.load(rules);
    List<Rule> loaded = List.copyOf(contents.rules());
    assertEquals(List.of("HOUSE_PHRASE", "HOUSE_REGEX", "HOUSE_WORD"),
        loaded.stream().map(Rule::id).toList());
    assertEquals(List.of(2, 3, 5), loaded.stream().map(Rule::sourceLine).toList());
    assertEquals(List.of("phrase", "regex", "word"),
        contents.rules().stream().map(PackRule::kind).toList());
    String source = RulePackLoader.display(rules.resolve("en/house.csv"));
    assertEquals(source, loaded.get(0).source());
    assertEquals(List.of(new RuleExample("en", "<marker>In the end</marker>, it rained.", 2),
        new RuleExample("en", "Finally, it rained.", 2)), loaded.get(0).examples());
    // An unmarked example_bad expects the whole example to be flagged.
    assertEquals(List.of(new RuleExample("en", "<marker>utilized</marker>", 5)),
        loaded.get(2).examples());
    assertEquals(List.of(
        source + ":3: HOUSE_REGEX: no example_good, so nothing tests that the rule leaves "
            + "good text alone",
        source + ":5: HOUSE_WORD: no example_good, so nothing tests that the rule leaves "
            + "good text alone"),
        contents.warnings().stream().map(PackProblem::describe).toList());
  }

  @Test
  void reportsEveryBrokenRowWithItsLine() throws Exception {
    Path rules = PackFixtures.write(root, "en", "bad.csv", HEADER
        + "BAD_REGEX,regex,(unclosed,Message,,Style/Awkward,minor,,,,\n"
        + "BAD_CATEGORY,phrase,foo,Message,,Elegance/Poor,minor,,,,\n"
        + "BAD_SEVERITY,phrase,foo,Message,,Style/Awkward,blocker,,,,\n"
        + "bad id,phrase,foo,Message,,Style/Awkward,minor,,,,\n"
        + "BAD_KIND,frase,foo,Message,,Style/Awkward,minor,,,,\n"
        + "BAD_GROUP,regex,(a)b,Message,$2,Style/Awkward,minor,,,,\n"
        + "\"MULTI\nLINE\",phrase,foo,Message,,Style/Awkward,minor,,,,\n"
        + "AFTER_MULTILINE,phrase,foo,Message,,Style/Awkward,minor,,,,,extra\n");
    assertEquals(List.of(
        "en/bad.csv:2: BAD_REGEX: bad regex: Unclosed group near index 9 of '(unclosed'",
        "en/bad.csv:3: BAD_CATEGORY: unknown MQM category 'Elegance' (the top level must be one "
            + "of Accuracy, Fluency, Terminology, Style, Locale convention, Other)",
        "en/bad.csv:4: BAD_SEVERITY: unknown severity 'blocker' (expected critical, major, minor "
            + "or neutral)",
        "en/bad.csv:5: id 'bad id' is not UPPER_SNAKE_CASE (capital letters, digits and single "
            + "underscores, starting with a letter)",
        "en/bad.csv:6: BAD_KIND: unknown kind 'frase' (phrase, regex or word)",
        "en/bad.csv:7: BAD_GROUP: suggestion refers to $2 but the pattern has 1 capture group",
        "en/bad.csv:8: id 'MULTI\nLINE' is not UPPER_SNAKE_CASE (capital letters, digits and "
            + "single underscores, starting with a letter)",
        "en/bad.csv:10: the row has 12 cells but the header has 11 columns (a comma inside a "
            + "cell needs the cell in double quotes)"),
        PackFixtures.problems(rules));
  }

  @Test
  void reportsMissingAndUnknownColumnsOnTheHeaderLine() throws Exception {
    Path rules = PackFixtures.write(root, "en", "cols.csv",
        "\uFEFFid,kind,pattern,message,category,colour\nX,phrase,a,b,Style,minor\n");
    assertEquals(List.of(
        "en/cols.csv:1: unknown column 'colour' (columns: id, kind, pattern, message, category, "
            + "severity, suggestion, case, example_bad, example_good, note)",
        "en/cols.csv:1: missing column 'severity'"),
        PackFixtures.problems(rules));
  }

  @Test
  void rejectsAnIdDefinedTwiceNamingBothPlaces() throws Exception {
    PackFixtures.write(root, "en", "a.csv", HEADER
        + "SAME_ID,phrase,foo,Message,,Style/Awkward,minor,,,,\n");
    Path rules = PackFixtures.write(root, "en", "b.csv", HEADER
        + "OTHER,phrase,bar,Message,,Style/Awkward,minor,,,,\n"
        + "SAME_ID,phrase,baz,Message,,Style/Awkward,minor,,,,\n");
    assertEquals(List.of("en/b.csv:3: duplicate id SAME_ID (already defined at en/a.csv:2)"),
        PackFixtures.problems(rules));
  }

  @Test
  void rejectsAFolderThatIsNotALanguage() throws Exception {
    Path rules = PackFixtures.write(root, "klingon", "a.csv", HEADER);
    assertEquals(List.of("klingon/a.csv: the folder 'klingon' is not a language code tqc "
        + "supports (packs live in rules/<lang>/, e.g. rules/en/)"), PackFixtures.problems(rules));
  }
}
