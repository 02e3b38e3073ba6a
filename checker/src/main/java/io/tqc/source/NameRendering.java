package io.tqc.source;

import io.tqc.source.LatinWords.Word;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Whether a translation renders a source name recognisably, and where it renders it wrongly.
 * Compared in {@link LatinWords#key} form, so case, accents, spaces and hyphens do not matter:
 * 习近平 is found as "Xi Jinping", "Jinping Xi", "Xi Jin-ping" or "XI JINPING".
 */
final class NameRendering {
  /** A run of capitalised words at least this close to a name's form is a garbled rendering. */
  static final double MIN_SIMILARITY = 0.6;
  /** A garbled rendering is a run of at most this many words. */
  private static final int MAX_WORDS = 3;
  /** German declines names with -s; English writes the genitive 's, which the key folds to s. */
  private static final List<String> ENDINGS = List.of("", "s", "es");

  /** How German changes the end of English place names: Russia → Russland, Italy → Italien. */
  private static final Set<String> EXONYM_ENDINGS = Set.of("e>a", "ia>land", "ia>ien", "a>en",
      "y>ien", "y>i", "ia>en", "e>en");

  /** @param from UTF-16 offset in the target text, to end exclusive */
  record Span(int from, int to) {}

  private NameRendering() {}

  /** The keys a translation may write the name as. */
  static Set<String> forms(SourceName name) {
    Set<String> forms = new LinkedHashSet<>();
    String surname = String.join("", name.surname());
    String given = String.join("", name.given());
    if (!given.isEmpty()) {
      if (!surname.isEmpty()) {
        forms.add(surname + given);
        forms.add(given + surname);
      }
      // a two-syllable given name alone is distinctive enough; a place is its whole pinyin
      if (surname.isEmpty() || name.given().size() >= 2) {
        forms.add(given);
      }
    }
    for (String english : name.english()) {
      forms.add(LatinWords.key(english));
    }
    return forms;
  }

  /**
   * The forms a garbled rendering is compared with: a Chinese name's pinyin, else its English
   * form. The English forms of a Chinese name are only some of its good spellings.
   */
  private static Set<String> pinyinForms(SourceName name) {
    if (name.given().isEmpty()) {
      return forms(name);
    }
    Set<String> forms = new LinkedHashSet<>(forms(name));
    for (String english : name.english()) {
      forms.remove(LatinWords.key(english));
    }
    return forms;
  }

  /** The surname alone ("Mr Sun", "Wang said") also renders a Chinese person's name. */
  static boolean present(SourceName name, List<Word> words) {
    Set<String> forms = forms(name);
    String surname = String.join("", name.surname());
    for (int i = 0; i < words.size(); i++) {
      Word first = words.get(i);
      if (!surname.isEmpty() && first.capitalised() && first.key().equals(surname)
          && standsAlone(words, i)) {
        return true;
      }
      StringBuilder run = new StringBuilder();
      for (int j = i; j < words.size() && j < i + MAX_WORDS + 1; j++) {
        if (j > i && !words.get(j).linked()) {
          break;
        }
        run.append(words.get(j).key());
        // HanLP sometimes cuts a name short (赵宇 of 赵宇庆); the target's longer name renders it
        if (j > i && !surname.isEmpty() && name.given().size() == 1
            && run.toString().startsWith(surname
            + String.join("", name.given())) && j == i + 1) {
          return true;
        }
        for (String ending : ENDINGS) {
          if (run.length() > ending.length() && run.toString().endsWith(ending)
              && forms.contains(run.substring(0, run.length() - ending.length()))) {
            return true;
          }
        }
      }
      if (inflectedForm(first.key(), name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Not followed by a given name: "Pang said", "President Xi", but not "Pang Yaodian", where
   * the whole name must be right.
   */
  private static boolean standsAlone(List<Word> words, int i) {
    return !(i + 1 < words.size() && words.get(i + 1).linked()
        && words.get(i + 1).capitalised());
  }

  /**
   * A German exonym that keeps the English name's stem and changes its end as German does
   * (Russia → Russland, Europe → Europa) renders it; only names known by their English form are
   * read this way.
   */
  private static boolean inflectedForm(String key, SourceName name) {
    if (!name.surname().isEmpty() || !name.given().isEmpty()) {
      return false;
    }
    for (String english : name.english()) {
      String form = LatinWords.key(english);
      int common = 0;
      while (common < form.length() && common < key.length()
          && form.charAt(common) == key.charAt(common)) {
        common++;
      }
      if (common >= 4 && EXONYM_ENDINGS.contains(form.substring(common) + ">" + key.substring(common))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The run of capitalised words most like one of the name's forms without being it, or empty.
   *
   * @param commonWord whether a word is a common word of the target language, which no garbled
   *     name consists of alone ("She" is not a garbled "He")
   * @param taken spans already explained as another name's rendering
   */
  static Optional<Span> garbled(SourceName name, List<Word> words, Predicate<Word> commonWord,
      Set<String> explained, Set<Span> taken) {
    Set<String> forms = pinyinForms(name);
    Span best = null;
    double bestSimilarity = MIN_SIMILARITY;
    for (int i = 0; i < words.size(); i++) {
      StringBuilder run = new StringBuilder();
      boolean onlyCommon = true;
      for (int j = i; j < words.size() && j < i + MAX_WORDS; j++) {
        Word word = words.get(j);
        if (!word.capitalised() || (j > i && !word.linked())) {
          break;
        }
        run.append(word.key());
        onlyCommon &= commonWord.test(word);
        Span span = new Span(words.get(i).from(), word.to());
        String key = run.toString();
        if (onlyCommon || key.length() < 2 || explained.contains(key) || taken.contains(span)) {
          continue;
        }
        for (String form : forms) {
          double similarity = similarity(key, form);
          if (similarity < 1 && similarity >= bestSimilarity && form.length() >= 2
              && !key.startsWith(form)) {
            if (best == null || similarity > bestSimilarity) {
              best = span;
              bestSimilarity = similarity;
            }
          }
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * The one run of capitalised words in the target that is a name no source name accounts
   * for ("Barack Obama" where the source names 拜登): the wrong name a translation put in the
   * place of the one missing. Empty when there is no such run or more than one.
   *
   * @param sourceWords the keys of the Latin words of the source, which the target may repeat
   */
  static Optional<Span> substituted(List<Word> words, Predicate<Word> commonWord,
      Set<String> explained, Set<String> sourceWords, Set<Span> taken) {
    Span found = null;
    int i = 0;
    while (i < words.size()) {
      int j = i;
      while (j < words.size() && words.get(j).capitalised() && (j == i || words.get(j).linked())
          && !commonWord.test(words.get(j)) && !explained.contains(words.get(j).key())
          && !sourceWords.contains(words.get(j).key())) {
        j++;
      }
      if (j > i) {
        Span span = new Span(words.get(i).from(), words.get(j - 1).to());
        // a person's full name: a single word is as often a place or a brand
        if (j - i >= 2 && !taken.contains(span)) {
          if (found != null) {
            return Optional.empty();
          }
          found = span;
        }
        i = j;
      } else {
        i++;
      }
    }
    return Optional.ofNullable(found);
  }

  /** 1 less the edit distance over the longer length: 1 for equal keys, 0 for nothing alike. */
  static double similarity(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    int longer = Math.max(a.length(), b.length());
    return longer == 0 ? 1 : 1 - (double) previous[b.length()] / longer;
  }

  /** Every form of every name, for telling a name's rendering from a garbled one. */
  static Set<String> allForms(List<SourceName> names) {
    Set<String> all = new LinkedHashSet<>();
    for (SourceName name : names) {
      all.addAll(forms(name));
      all.addAll(name.surname().isEmpty() ? List.of() : List.of(String.join("", name.surname())));
    }
    return all;
  }

  static List<SourceName> distinct(List<SourceName> names) {
    List<SourceName> out = new ArrayList<>();
    Set<String> seen = new LinkedHashSet<>();
    for (SourceName name : names) {
      if (seen.add(name.text())) {
        out.add(name);
      }
    }
    return out;
  }
}
