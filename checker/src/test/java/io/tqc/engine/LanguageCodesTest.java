package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LanguageCodesTest {

  @Test
  void baseIsThePartBeforeTheFirstDash() {
    assertEquals("en", LanguageCodes.base("en-US"));
    assertEquals("de", LanguageCodes.base("de-DE-x-simple-language"));
    assertEquals("fr", LanguageCodes.base("fr"));
    assertTrue(LanguageCodes.is("de-CH", "de"));
    assertFalse(LanguageCodes.is("dsb-DE", "de"));
  }
}
