package io.tqc.bench.peers;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A findings.csv that shared/tools/score.py reads: file, start, end, rule_id, category, severity. */
final class FindingsCsv implements AutoCloseable {
  private final Writer out;
  private int rows;

  FindingsCsv(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    out.write("file,start,end,rule_id,category,severity\n");
  }

  /** A finding on the UTF-16 span [from, to) of a pair's target line. */
  void add(CorpusPairs.Pair pair, int from, int to, String rule, String category)
      throws IOException {
    String line = pair.target();
    int clampedFrom = Math.max(0, Math.min(from, line.length()));
    int clampedTo = to < 0 ? line.length() : Math.max(clampedFrom, Math.min(to, line.length()));
    int start = pair.offset() + line.codePointCount(0, clampedFrom);
    int end = pair.offset() + line.codePointCount(0, clampedTo);
    out.write(pair.file() + "," + start + "," + end + "," + rule.replaceAll("[,\"\\s]+", "_")
        + "," + category + ",major\n");
    rows++;
  }

  int rows() {
    return rows;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }
}
