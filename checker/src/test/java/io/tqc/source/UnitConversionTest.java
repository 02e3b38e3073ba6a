package io.tqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnitConversionTest {

  /** Whether the source's number at index {@code s} and the target's at {@code t} agree. */
  private static boolean same(String source, int s, String target, int t) {
    List<NumberMention> inSource = NumberReader.of("en").read(source);
    List<NumberMention> inTarget = NumberReader.of("de").read(target);
    return UnitConversion.same(source, inSource.get(s), target, inTarget.get(t));
  }

  @Test
  void aRangeOfPoundsRoundedToKilogramsIsTheSameWeight() {
    String source = "It weighed between 375 and 400 pounds.";
    String target = "Es wog zwischen 170 und 180 Kilogramm.";
    assertEquals(List.of(true, true, false),
        List.of(same(source, 0, target, 0), same(source, 1, target, 1),
            same(source, 0, target, 1)));
  }

  @Test
  void milesFeetAndFahrenheitConvertBothWays() {
    assertEquals(true, same("10 miles away", 0, "16 Kilometer entfernt", 0));
    assertEquals(true, same("a 30-foot wall", 0, "eine 9 Meter hohe Mauer", 0));
    assertEquals(true, same("95 degrees Fahrenheit", 0, "35 Grad Celsius", 0));
    assertEquals(true, same("35 km away", 0, "22 Meilen entfernt", 0));
  }

  @Test
  void aWrongConversionOrTheSameUnitIsNoConversion() {
    assertEquals(false, same("10 miles away", 0, "10 Kilometer entfernt", 0));
    assertEquals(false, same("375 pounds", 0, "375 Kilogramm", 0));
    assertEquals(false, same("375 pounds", 0, "170 Pfund", 0));
    assertEquals(false, same("375 pounds of 12 bears", 1, "170 Kilogramm", 0));
  }
}
