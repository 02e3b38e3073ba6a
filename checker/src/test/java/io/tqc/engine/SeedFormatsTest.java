package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tqc.read.Document;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every office format of the seed article gets the same LanguageTool findings as its .txt. */
class SeedFormatsTest {
  private static final Path SEEDS = Path.of("../seeds");
  private static final String SEED = "000_0d9fa9fe51ed347a";
  private static List<String> plainTextFindings;

  private static List<String> ruleIdsAndTexts(String extension) throws Exception {
    Path file = SEEDS.resolve(SEED + "." + extension);
    Document document = TestCheckers.READER.read(file, file.toString());
    DocumentResult result = TestCheckers.checker(List.of()).check(document);
    assertEquals(null, result.error());
    assertEquals("en-US", result.language());
    return result.findings().stream().map(f -> f.ruleId() + " " + f.text()).toList();
  }

  @BeforeAll
  static void checkPlainText() throws Exception {
    plainTextFindings = ruleIdsAndTexts("txt");
  }

  @ParameterizedTest
  @ValueSource(strings = {"docx", "odt", "html", "pdf", "rtf"})
  void officeFormatsGiveTheSameRuleIdsOnTheSameTexts(String extension) throws Exception {
    assertFalse(plainTextFindings.isEmpty());
    assertEquals(plainTextFindings, ruleIdsAndTexts(extension));
  }

  @org.junit.jupiter.api.Test
  void plainTextFindingHasTheExactPositionInTheFile() throws Exception {
    Path file = SEEDS.resolve(SEED + ".txt");
    DocumentResult result = TestCheckers.checker(List.of())
        .check(TestCheckers.READER.read(file, "seed.txt"));
    Finding repeat = result.findings().stream()
        .filter(f -> f.ruleId().equals("ENGLISH_WORD_REPEAT_RULE")).findFirst().orElseThrow();
    assertEquals(List.of(2216, 2227, 15, 287, "Phone phone"),
        List.of(repeat.start(), repeat.end(), repeat.line(), repeat.column(), repeat.text()));
    assertEquals(new Category("Fluency", "Grammar"), repeat.category());
    assertEquals(Severity.MAJOR, repeat.severity());
    assertEquals(List.of("Phone"), repeat.suggestions());
  }
}
