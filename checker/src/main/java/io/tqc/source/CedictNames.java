package io.tqc.source;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The proper names of CC-CEDICT (CC BY-SA 4.0): for a name in simplified characters, its
 * pinyin and the English words its glosses use for it ({@code 特朗普} → Trump). The resource is
 * an extract made by {@code scripts/make_name_dictionary.py}; it is read once, on first use.
 */
final class CedictNames {
  private static final String RESOURCE = "cedict-names.tsv";

  /** @param syllables toneless pinyin, one syllable per character
   *  @param english capitalised words of the entry's glosses */
  record Entry(List<String> syllables, List<String> english) {}

  private static final class Holder {
    static final Map<String, Entry> NAMES = load();
  }

  private CedictNames() {}

  static Optional<Entry> lookup(String simplified) {
    return Optional.ofNullable(Holder.NAMES.get(simplified));
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> names = new HashMap<>();
    for (String line : DataLines.of(CedictNames.class, RESOURCE)) {
      String[] cells = line.split("\t");
      names.put(cells[0], new Entry(Arrays.asList(cells[1].split(" ")),
          Arrays.asList(cells[2].split("\\|"))));
    }
    return Map.copyOf(names);
  }
}
