package io.tqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** What a length ratio compares: letters and digits, without what a Chinese source carries over. */
class LengthRatiosTest {

  @Test
  void latinWordsAndDigitsOfAChineseSourceAreLeftOutOnBothSides() {
    // 14 Chinese characters; iPhone, 15 and 24 (10) carried; the target keeps iPhone and 15 (8)
    // but has 42 for 24, which stays counted.
    assertEquals(new LengthRatios.Letters(14, 28), LengthRatios.compared("zh",
        "苹果公司的iPhone 15在中国的销量下降了24%。",
        "Sales of Apple's iPhone 15 in China fell by 42%."));
  }

  @Test
  void aCarriedWordCountsOnTheTargetSideAsOftenAsTheSourceHasIt() {
    assertEquals(new LengthRatios.Letters(4, 10), LengthRatios.compared("zh", "华为发布Mate",
        "Huawei Mate Mate"));
  }

  @Test
  void sourcesInTheLatinScriptCountEveryLetter() {
    assertEquals(new LengthRatios.Letters(17, 22), LengthRatios.compared("en", "Apple sold 5 iPhones.",
        "Apple verkaufte 5 iPhones."));
  }
}
