package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.languagetool.Languages;
import org.languagetool.rules.Rule;

class MeasuredSeveritiesTest {
  private static final String HEADER = "language,rule,severity,category_severity,reason\n";

  private static MeasuredSeverities read(String csv) throws IOException {
    return MeasuredSeverities.read(new StringReader(csv), "test.csv");
  }

  @Test
  void languageRowWinsOverEveryLanguageAndRuleOverCategory() throws IOException {
    MeasuredSeverities table = read(HEADER
        + "en,EN_RULE,neutral,minor,\"span precision 1/9, below 0.5\"\n"
        + "en,STYLE,neutral,minor,category\n"
        + "*,EN_RULE,major,minor,every language\n"
        + "*,SHARED_RULE,minor,major,every language\n"
        + "*,TYPOS,major,minor,every language's typos\n");
    assertEquals(Optional.of(Severity.NEUTRAL), table.of("en", "EN_RULE", "TYPOS"));
    assertEquals(Optional.of(Severity.MAJOR), table.of("de", "EN_RULE", "TYPOS"));
    assertEquals(Optional.of(Severity.NEUTRAL), table.of("en", "SHARED_RULE", "STYLE"));
    assertEquals(Optional.of(Severity.MINOR), table.of("de", "SHARED_RULE", "STYLE"));
    assertEquals(Optional.of(Severity.MAJOR), table.of("ru", "OTHER", "TYPOS"));
    assertEquals(Optional.empty(), table.of("ru", "OTHER", "GRAMMAR"));
    assertEquals(5, table.size());
  }

  @Test
  void brokenTablesNameTheLineAndTheProblem() {
    IllegalStateException header = assertThrows(IllegalStateException.class,
        () -> read("rule,severity\nX,minor\n"));
    assertEquals("test.csv: line 1: the header must be "
        + "language,rule,severity,category_severity,reason", header.getMessage());
    IllegalStateException severity = assertThrows(IllegalStateException.class,
        () -> read(HEADER + "en,A,minor,minor,ok\nen,B,info,minor,bad\n"));
    assertEquals("test.csv: line 3: unknown severity 'info' (expected critical, major, minor "
        + "or neutral)", severity.getMessage());
    IllegalStateException twice = assertThrows(IllegalStateException.class,
        () -> read(HEADER + "en,A,minor,minor,ok\nen,A,neutral,minor,again\n"));
    assertEquals("test.csv: line 3: A in en is listed twice", twice.getMessage());
    IllegalStateException cells = assertThrows(IllegalStateException.class,
        () -> read(HEADER + "en,A,minor\n"));
    assertEquals("test.csv: line 2: 3 cells, expected 5", cells.getMessage());
    IllegalStateException empty = assertThrows(IllegalStateException.class,
        () -> read(HEADER + ",A,minor,minor,no language\n"));
    assertEquals("test.csv: line 2: the language and the rule must not be empty",
        empty.getMessage());
  }

  /** Every shipped row reaches the findings of its LanguageTool rule through the category map. */
  @Test
  void shippedRowsSetTheSeverityOfTheirRules() throws Exception {
    List<String[]> rows = new ArrayList<>();
    try (CSVReader csv = new CSVReader(new InputStreamReader(
        MeasuredSeverities.class.getResourceAsStream(MeasuredSeverities.RESOURCE),
        StandardCharsets.UTF_8))) {
      csv.readNext();
      rows.addAll(csv.readAll());
    }
    assertEquals(rows.size(), MeasuredSeverities.shipped().size());
    int checked = 0;
    for (String[] row : rows) {
      if (!row[0].equals("en")) {
        continue;
      }
      Optional<Rule> rule = TestCheckers.POOL.session(Languages.getLanguageForShortCode("en-US"))
          .languageTool().getAllRules().stream().filter(r -> r.getId().equals(row[1]))
          .findFirst();
      if (rule.isEmpty()) {
        continue; // a category row, or a rule of another English variant
      }
      assertEquals(Severity.parse(row[2]), LanguageToolCategories.of(rule.get(), "en-US")
          .severity(), row[1]);
      if (rows.stream().noneMatch(r -> r[1].equals(row[1]) && !r[0].equals("en"))) {
        assertEquals(Severity.parse(row[3]), LanguageToolCategories.of(rule.get(), "de-DE")
            .severity(), row[1] + " in another language keeps its category's severity");
      }
      checked++;
    }
    assertTrue(checked > 0 || rows.stream().noneMatch(r -> r[0].equals("en")),
        "no English row matched an en-US rule");
    assertFalse(rows.stream().anyMatch(r -> r[1].isBlank()));
  }
}
