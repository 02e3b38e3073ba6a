package io.tqc.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The case and possessive endings names take in the languages tqc checks: English and German
 * -s, German -n/-ns, Russian and Ukrainian case endings. A speller that does not know a name
 * does not know "Nokias" or "Байдена" either; stripping the ending finds the name again.
 */
public final class NameEndings {
  private static final List<String> ENDINGS = List.of("'s", "\u2019s", "s", "es", "n", "ns",
      "а", "я", "у", "ю", "ом", "ем", "ым", "е", "ой", "ы", "и");

  /** Shortest stem that still names something: "Lis" is not "Li" with an ending. */
  private static final int MIN_STEM = 3;

  private NameEndings() {}

  /** The word without each ending it has; empty when it has none. */
  public static List<String> stems(String word) {
    List<String> stems = new ArrayList<>();
    for (String ending : ENDINGS) {
      int stemLength = word.length() - ending.length();
      if (stemLength >= MIN_STEM && word.endsWith(ending)) {
        stems.add(word.substring(0, stemLength));
      }
    }
    return stems;
  }
}
