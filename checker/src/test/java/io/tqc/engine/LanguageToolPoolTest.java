package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;

/** A worker keeps its sessions, up to a bound on languages, dropping the least recently used. */
class LanguageToolPoolTest {
  @Test
  void keepsAtMostMaxLanguagesPerThreadLeastRecentlyUsedGoesFirst() {
    List<String> made = new ArrayList<>();
    LanguageToolPool pool = new LanguageToolPool(
        session -> made.add(session.language().getShortCodeWithCountryAndVariant()), 2);
    Language en = Languages.getLanguageForShortCode("en-US");
    Language de = Languages.getLanguageForShortCode("de-DE");
    Language fr = Languages.getLanguageForShortCode("fr");
    LanguageToolSession english = pool.session(en);
    assertSame(english, pool.session(en));
    pool.session(de);
    assertSame(english, pool.session(en), "English was used after German");
    pool.session(fr);
    assertSame(english, pool.session(en), "French pushed out German, the least recently used");
    assertEquals(List.of("en-US", "de-DE", "fr"), made);
    pool.session(de);
    assertEquals(List.of("en-US", "de-DE", "fr", "de-DE"), made,
        "German was made again, pushing out French (English was used after it)");
    assertSame(english, pool.session(en));
    pool.session(fr);
    pool.session(de);
    assertNotSame(english, pool.session(en), "French and German pushed out English");
    assertEquals(List.of("en-US", "de-DE", "fr", "de-DE", "fr", "de-DE", "en-US"), made);
  }

  @Test
  void needsRoomForOneLanguage() {
    assertThrows(IllegalArgumentException.class, () -> new LanguageToolPool(session -> { }, 0));
  }
}
