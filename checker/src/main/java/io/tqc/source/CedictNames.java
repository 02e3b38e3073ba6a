package io.tqc.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = CedictNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE);
      }
      BufferedReader lines = new BufferedReader(new InputStreamReader(in,
          StandardCharsets.UTF_8));
      String line;
      while ((line = lines.readLine()) != null) {
        if (line.startsWith("#") || line.isBlank()) {
          continue;
        }
        String[] cells = line.split("\t");
        names.put(cells[0], new Entry(Arrays.asList(cells[1].split(" ")),
            Arrays.asList(cells[2].split("\\|"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    return Map.copyOf(names);
  }
}
