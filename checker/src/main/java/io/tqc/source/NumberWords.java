package io.tqc.source;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Number words of one language ("twenty-one", "einundzwanzig", "third") and its words of scale
 * ("million", "Milliarden", "Mio."). The words come from ICU's spell-out rules, formatted once
 * for 0 to 999, so that reading a text is a map look-up per word; parsing every word with ICU
 * would cost a rule-set walk each and accept prefixes ("eins" in "einst").
 */
final class NumberWords {
  private static final int MAX_SPELLED = 999;
  private static final Map<String, NumberWords> BY_LANGUAGE = new HashMap<>();

  /** Words that are also a number word but mostly mean something else. */
  private static final Map<String, java.util.Set<String>> NOT_NUMBERS = Map.of(
      "en", java.util.Set.of("one", "second", "zero"),
      "de", java.util.Set.of("ein", "eine", "einer", "eines", "einem", "einen"));

  private final Map<String, Integer> cardinals = new HashMap<>();
  private final Map<String, Integer> ordinals = new HashMap<>();
  private final Map<String, Double> scales = new HashMap<>();
  private final Map<String, Integer> months = new HashMap<>();
  private final java.util.Set<String> percent;

  private NumberWords(String language) {
    if (language.equals("en") || language.equals("de")) {
      RuleBasedNumberFormat format = new RuleBasedNumberFormat(ULocale.forLanguageTag(language),
          RuleBasedNumberFormat.SPELLOUT);
      for (String ruleSet : format.getRuleSetNames()) {
        boolean ordinal = ruleSet.contains("ordinal");
        if (!ordinal && !ruleSet.contains("cardinal") && !ruleSet.contains("numbering")) {
          continue;
        }
        if (ruleSet.contains("year") || ruleSet.contains("verbose")) {
          continue;
        }
        for (int n = 0; n <= MAX_SPELLED; n++) {
          // German spell-out marks its syllables with soft hyphens: drei\u00ADund\u00ADzwanzig
          String word = format.format(n, ruleSet).replace("\u00AD", "").toLowerCase(Locale.ROOT);
          if (ordinal) {
            addOrdinal(language, word, n);
          } else {
            cardinals.putIfAbsent(word, n);
          }
        }
      }
      NOT_NUMBERS.get(language).forEach(w -> {
        cardinals.remove(w);
        ordinals.remove(w);
      });
    }
    switch (language) {
      case "en" -> {
        scale(1e2, "hundred", "hundreds");
        scale(1e3, "thousand", "k");
        scale(1e6, "million", "mn", "m");
        scale(1e9, "billion", "bn", "b");
        scale(1e12, "trillion", "tn");
        months("january jan", "february feb", "march mar", "april apr", "may", "june jun",
            "july jul", "august aug", "september sept sep", "october oct", "november nov",
            "december dec");
        percent = java.util.Set.of("percent", "per cent", "pct");
      }
      case "de" -> {
        scale(1e2, "hundert");
        scale(1e3, "tausend", "tsd.", "tsd");
        scale(1e6, "million", "millionen", "mio.", "mio");
        scale(1e9, "milliarde", "milliarden", "mrd.", "mrd");
        scale(1e12, "billion", "billionen", "bio.");
        months("januar jan jänner", "februar feb", "märz mär", "april apr", "mai", "juni jun",
            "juli jul", "august aug", "september sept sep", "oktober okt", "november nov",
            "dezember dez");
        percent = java.util.Set.of("prozent", "v. h.");
      }
      default -> percent = java.util.Set.of();
    }
  }

  private void addOrdinal(String language, String word, int n) {
    ordinals.putIfAbsent(word, n);
    if (language.equals("de") && word.endsWith("e")) {
      // RBNF gives "dritte"; German inflects it: dritter, dritten, drittes, drittem
      for (String ending : new String[] {"r", "n", "s", "m"}) {
        ordinals.putIfAbsent(word + ending, n);
      }
    }
  }

  private void scale(double factor, String... words) {
    for (String word : words) {
      scales.put(word, factor);
    }
  }

  private void months(String... names) {
    for (int m = 0; m < names.length; m++) {
      for (String name : names[m].split(" ")) {
        months.put(name, m + 1);
      }
    }
  }

  /** The words of a language (base code), built once. */
  static synchronized NumberWords of(String language) {
    return BY_LANGUAGE.computeIfAbsent(language, NumberWords::new);
  }

  /** The value of a cardinal number word in lower case, or null. */
  Integer cardinal(String lowerWord) {
    return cardinals.get(lowerWord);
  }

  Integer ordinal(String lowerWord) {
    return ordinals.get(lowerWord);
  }

  /** The factor of a word of scale in lower case ("million", "mrd."), or null. */
  Double scale(String lowerWord) {
    return scales.get(lowerWord);
  }

  /** The month a capitalised month name or abbreviation in lower case names, or null. */
  Integer month(String lowerWord) {
    return months.get(lowerWord);
  }

  boolean isPercentWord(String lowerWords) {
    return percent.contains(lowerWords);
  }
}
