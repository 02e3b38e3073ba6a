package io.tqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class NumberReaderTest {

  /** Each number as text=value/kind, with other readings after a bar. */
  private static List<String> read(String language, String text) {
    return NumberReader.of(language).read(text).stream()
        .map(m -> m.text() + "=" + Arrays.stream(m.values())
            .mapToObj(v -> Math.abs(v - Math.rint(v)) < 1e-6 ? String.valueOf(Math.round(v))
                : String.valueOf(v))
            .collect(Collectors.joining("|")) + "/" + m.kind())
        .toList();
  }

  @Test
  void chineseNumeralsAndUnitsOfScale() {
    assertEquals(List.of("三千五百万=35000000/FIRM", "2.3亿=230000000/FIRM", "两千=2000/FIRM"),
        read("zh", "人口三千五百万，营收2.3亿元，两千人参加。"));
    assertEquals(List.of("百分之四点二=4.2/FIRM", "3=3/DATE", "5=5/DATE", "十五=15/FIRM"),
        read("zh", "增长百分之四点二，3月5日有十五人。"));
    assertEquals(List.of("1.2万亿=1200000000000/FIRM", "一百多万=1000000/FIRM",
        "三亿五千万=350000000/FIRM", "4.5%=4.5/FIRM"),
        read("zh", "投资1.2万亿元，一百多万人，三亿五千万元，增长4.5%。"));
  }

  @Test
  void chineseWordsThatAreNoFirmNumbers() {
    assertEquals(List.of("二〇二三=2023/YEAR", "三=3/LOOSE", "一=1/LOOSE", "2023=2023/YEAR",
        "90=90|1990/FIRM"),
        read("zh", "二〇二三年第三季度，一些人在2023年说起90年代，几十万人万一十分担心。"));
  }

  @Test
  void digitsByTheLanguagesConventionAndByUnambiguousShapes() {
    assertEquals(List.of("1,000.5=1000.5/FIRM", "1.000,5=1000.5/FIRM", "1 000=1000/FIRM",
        "1,000=1000|1/FIRM", "4,2=4.2/FIRM"),
        read("en", "Values 1,000.5 and 1.000,5 and 1 000 and 1,000 and 4,2."));
    assertEquals(List.of("1.000=1000|1/FIRM", "1,000=1|1000/FIRM", "4,2 Prozent=4.2/FIRM",
        "2,5 Mrd.=2500000000/FIRM"),
        read("de", "Werte 1.000 und 1,000 und 4,2 Prozent und 2,5 Mrd. Euro."));
  }

  @Test
  void wordsScalesPercentagesAndMonths() {
    assertEquals(List.of("35 million=35000000/FIRM", "two thousand=2000/LOOSE",
        "four percent=4/LOOSE", "March=3/LOOSE", "5=5/DATE", "3=3|15/FIRM"),
        read("en", "It cost 35 million, two thousand came, four percent left on March 5 at "
            + "3 p.m."));
    assertEquals(List.of("5=5/DATE", "März=3/LOOSE", "15=15/FIRM", "30=30/FIRM",
        "05=5/FIRM", "03=3/FIRM", "2023=2023/YEAR", "dreiundzwanzig=23/LOOSE"),
        read("de", "Am 5. März um 15.30 Uhr, am 05.03.2023 kamen dreiundzwanzig."));
  }

  @Test
  void theFirstEndOfARangeTakesTheUnitOfScaleOfTheSecond() {
    assertEquals(List.of("12=12|12000000/FIRM", "14 million=14000000/FIRM",
        "13.8=13.8|13800000000/FIRM", "14.3 billion=14300000000/FIRM"),
        read("en", "It expects 12 to 14 million visitors and S$13.8 to S$14.3 billion."));
    assertEquals(List.of("11=11/DATE", "400万=4000000/FIRM", "600万=6000000/FIRM",
        "一万六七千=17000/LOOSE", "二十=20/LOOSE", "90=90|1990/FIRM"),
        read("zh", "11日电 预估400万至600万人次，一万六七千元，二十大，90后。"));
    assertEquals(List.of("January=1/LOOSE", "September=9/LOOSE", "seven=7/LOOSE"),
        read("en", "In January-September, a seven-fold rise."));
  }

  @Test
  void namesLinksAndCodesHoldNoNumbers() {
    assertEquals(List.of("15=15/FIRM"),
        read("en", "The iPhone 15 runs on 5G, COVID-19 hit the G20; see www.x.com/2023 or "
            + "#win2023 and MP3s."));
    assertEquals(List.of("90s=90|1990/FIRM"), read("en", "a post-90s girl"));
    assertEquals(List.of("7=7|19/FIRM", "55=55/FIRM", "10=10/LOOSE", "125m=125000000/FIRM",
        "1950=1950/YEAR", "53=53|1953/FIRM"),
        read("en", "At 7.55 pm, 10 miles away, £125m for the 1950-53 war."));
  }
}
