package io.tqc.source;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;

/** The dictionary look-ups that keep real words out of INVENTED_WORD. */
class InventedWordPartsTest {
  private static final Language AMERICAN = Languages.getLanguageForShortCode("en-US");
  private static final Language GERMAN = Languages.getLanguageForShortCode("de-DE");

  @Test
  void anotherVariantsSpellingIsAWord() {
    assertTrue(Spellers.knows(AMERICAN, "kilometres"));
    assertTrue(Spellers.knows(AMERICAN, "kilometers"));
    assertFalse(Spellers.knows(AMERICAN, "kilometrez"));
    assertTrue(Spellers.knows(GERMAN, "Straße"));
    assertFalse(Spellers.knows(GERMAN, "Sitzustellung"));
  }

  @Test
  void twoKnownWordsWrittenTogetherAreACompound() {
    assertTrue(Compounds.ofKnownWords(GERMAN, "Privilegienkampf"));
    // with the linking -s-: Sonntag-s-morgen
    assertTrue(Compounds.ofKnownWords(GERMAN, "Sonntagsmorgen"));
    assertFalse(Compounds.ofKnownWords(GERMAN, "Sitzustellung"));
    assertFalse(Compounds.ofKnownWords(GERMAN, "Geldverteilungsschenden"));
    // hyphenated compounds are judged part by part by the rule, not here
    assertFalse(Compounds.ofKnownWords(GERMAN, "Naira-Noten"));
  }
}
