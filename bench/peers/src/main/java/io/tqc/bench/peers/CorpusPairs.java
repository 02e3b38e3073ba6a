package io.tqc.bench.peers;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The line-aligned segment pairs of one corpus set: SET/NAME.txt with SET/src/NAME.src. */
final class CorpusPairs {
  /**
   * @param file the target file's name
   * @param line 0-based line number
   * @param offset code point offset of the line in the target file
   */
  record Pair(String file, int line, int offset, String source, String target) {}

  private CorpusPairs() {}

  static List<Pair> read(Path set) throws IOException {
    List<Pair> pairs = new ArrayList<>();
    List<Path> targets;
    try (Stream<Path> files = Files.list(set)) {
      targets = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    for (Path target : targets) {
      String name = target.getFileName().toString();
      Path source = set.resolve("src").resolve(name.substring(0, name.length() - 4) + ".src");
      List<String> sources = Files.readAllLines(source, StandardCharsets.UTF_8);
      List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
      if (sources.size() != lines.size()) {
        throw new IOException(source + " has " + sources.size() + " lines, " + target + " "
            + lines.size());
      }
      int offset = 0;
      for (int i = 0; i < lines.size(); i++) {
        pairs.add(new Pair(name, i, offset, sources.get(i), lines.get(i)));
        offset += lines.get(i).codePointCount(0, lines.get(i).length()) + 1;
      }
    }
    return pairs;
  }
}
