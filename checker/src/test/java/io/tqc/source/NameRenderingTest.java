package io.tqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameRenderingTest {
  private static final SourceName XI = new SourceName("习近平", 0, true, List.of("xi"),
      List.of("jin", "ping"), List.of());

  @Test
  void chineseNamesComeWithTheirPinyinAndDictionaryForms() {
    assertEquals(List.of(
            new SourceName("王沪宁", 2, true, List.of("wang"), List.of("hu", "ning"), List.of())),
        ChineseNameFinder.find("会见王沪宁。").stream().filter(SourceName::person).toList());
    assertEquals(List.of("Donald", "Trump", "American"),
        CedictNames.lookup("特朗普").orElseThrow().english());
    // 孙先生 is Mr Sun; 都会 ("will all") is a word, not a person with the rare surname 都
    assertEquals(List.of("孙"), ChineseNameFinder.find("孙先生表示，大家都会来。").stream()
        .filter(SourceName::person).map(SourceName::text).toList());
  }

  @Test
  void aSurnameAloneIsExpectedAsItsPinyin() {
    SourceName sun = ChineseNameFinder.find("孙先生表示同意。").get(0);
    assertEquals("Sun", GarbledNameRule.expected(sun));
    assertTrue(NameRendering.present(sun, LatinWords.of("Mr. Sun agreed.")));
    assertFalse(NameRendering.present(sun, LatinWords.of("He agreed.")));
  }

  @Test
  void aNameIsPresentInAnyOrderSpacingAccentsOrByItsSurnameAlone() {
    for (String target : List.of("Xi Jinping spoke.", "Jinping Xi spoke.", "XI JIN-PING spoke.",
        "President Xi spoke.", "Jinping spoke.")) {
      assertTrue(NameRendering.present(XI, LatinWords.of(target)), target);
    }
    assertFalse(NameRendering.present(XI, LatinWords.of("Xi Jiping spoke.")));
    assertFalse(NameRendering.present(XI, LatinWords.of("The president spoke.")));
  }

  @Test
  void theGarbledRenderingIsTheClosestCapitalisedRunThatIsNotCommonWords() {
    List<LatinWords.Word> words = LatinWords.of("Yesterday Xi Jiping met Wang Yi.");
    assertEquals(Optional.of(new NameRendering.Span(10, 19)),
        NameRendering.garbled(XI, words, w -> w.text().equals("Yesterday"), Set.of("wangyi"),
            Set.of()));
    // a run of common words ("She") is never a garbled name
    assertEquals(Optional.empty(), NameRendering.garbled(
        new SourceName("何", 0, true, List.of("he"), List.of(), List.of()),
        LatinWords.of("She said."), w -> true, Set.of(), Set.of()));
    assertEquals(0.75, NameRendering.similarity("kyiv", "kyiw"));
  }

  @Test
  void lengthRangesAreFittedPerPair() {
    LengthRatios.Range zhEn = LengthRatios.of("zh", "en").orElseThrow();
    assertTrue(zhEn.tooShort(25, 14));
    assertFalse(zhEn.tooShort(25, 60));
    assertTrue(zhEn.tooLong(20, 200));
    assertTrue(zhEn.tooShort(25, 0));
    assertEquals(Optional.empty(), LengthRatios.of("fr", "en"));
  }
}
