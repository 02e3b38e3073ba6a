package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.read.Document;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** German and French articles are recognised and checked with their own LanguageTool rules. */
class LanguageDetectionTest {
  private static final Path ARTICLES = Path.of("src/test/resources/articles");

  private static List<String> findings(String name, String expectedLanguage) throws Exception {
    Document document = TestCheckers.READER.read(ARTICLES.resolve(name), name);
    DocumentResult result = TestCheckers.checker(List.of()).check(document);
    assertEquals(expectedLanguage, result.language());
    return result.findings().stream()
        .map(f -> f.ruleId() + " " + f.start() + "-" + f.end() + " " + f.text()).toList();
  }

  @Test
  void germanArticleIsDetectedAndGetsGermanFindings() throws Exception {
    assertEquals(List.of(
        "DE_SUBJECT_VERB_AGREEMENT 362-366 sind",
        "DE_AGREEMENT 545-553 Der Haus",
        "GERMAN_SPELLER_RULE 749-757 Regirung",
        "SAGT_SAGT 879-886 kam kam"), findings("de-article.txt", "de-DE"));
  }

  @Test
  void frenchArticleIsDetectedAndGetsFrenchFindings() throws Exception {
    assertEquals(List.of(
        "FR_SPELLING_RULE 66-77 gouvernemnt",
        "D_N 574-584 Les enfant",
        "FRENCH_WORD_REPEAT_RULE 685-696 mangé mangé"), findings("fr-article.txt", "fr"));
  }

  @Test
  void cleanEnglishArticleHasNoFindings() throws Exception {
    assertEquals(List.of(), findings("en-clean.txt", "en-US"));
  }

  @Test
  void variantsAreConfigurableAndUnknownLanguagesNamed() throws Exception {
    LanguageResolver british = new LanguageResolver("en", Map.of("en", "en-GB"));
    assertEquals("en-GB", british.forCode("en").getShortCodeWithCountryAndVariant());
    assertEquals("de-DE", TestCheckers.AUTO.forCode("de").getShortCodeWithCountryAndVariant());
    assertEquals("pt-PT", TestCheckers.AUTO.forCode("pt").getShortCodeWithCountryAndVariant());
    UnsupportedLanguageException unknown = assertThrows(UnsupportedLanguageException.class,
        () -> TestCheckers.AUTO.forCode("xx"));
    assertTrue(unknown.getMessage().startsWith("language 'xx' is not supported"));
  }

  @Test
  void koreanTextIsReportedAsALanguageTqcCannotCheck() {
    Document korean = Document.of("ko.txt", "노키아 최고경영자는 인터뷰에서 마이크로소프트와 협력하는 첫 해에 수십억 달러의 "
        + "재정 지원을 받을 것이라고 말했다.", "text/plain", "", false);
    DocumentResult result = TestCheckers.checker(List.of()).check(korean);
    assertEquals("the text is in Korean (ko), which tqc cannot check (written in hangul script)",
        result.error());
  }
}
