package io.tqc.engine;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Keeps a {@link ResultCache} folder within a size. Temporary files that a run left behind when
 * it crashed mid-write are removed once they are an hour old (a younger one may belong to a run
 * still writing it); then, while the entries take more than the limit, the least recently used
 * ones go first (a hit renews an entry's modification time). Only files named like entries are
 * touched, so a {@code --cache} folder shared with other files loses none of them.
 */
public final class ResultCacheTrim {
  static final Duration ABANDONED_AFTER = Duration.ofHours(1);
  private static final Pattern SHARD = Pattern.compile("[0-9a-f]{2}");
  private static final Pattern ENTRY = Pattern.compile("[0-9a-f]{62}");
  private static final Pattern TEMPORARY = Pattern.compile("[0-9a-f]{62}\\..*\\.tmp");

  /** What a trim removed. */
  public record Trimmed(int entries, int temporaryFiles, long bytesKept) {}

  private record Entry(Path path, long size, Instant used) {}

  private ResultCacheTrim() {}

  /**
   * @param maxBytes the most bytes of entries to keep
   * @param now the time a temporary file's age is measured from
   */
  public static Trimmed trim(Path directory, long maxBytes, Instant now) throws IOException {
    if (!Files.isDirectory(directory)) {
      return new Trimmed(0, 0, 0);
    }
    List<Entry> entries = new ArrayList<>();
    int temporaryFiles = 0;
    try (DirectoryStream<Path> shards = Files.newDirectoryStream(directory)) {
      for (Path shard : shards) {
        if (!SHARD.matcher(shard.getFileName().toString()).matches()
            || !Files.isDirectory(shard)) {
          continue;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shard)) {
          for (Path file : files) {
            String name = file.getFileName().toString();
            BasicFileAttributes attributes = attributes(file);
            if (attributes == null || !attributes.isRegularFile()) {
              continue;
            }
            Instant modified = attributes.lastModifiedTime().toInstant();
            if (ENTRY.matcher(name).matches()) {
              entries.add(new Entry(file, attributes.size(), modified));
            } else if (TEMPORARY.matcher(name).matches()
                && modified.plus(ABANDONED_AFTER).isBefore(now) && Files.deleteIfExists(file)) {
              temporaryFiles++;
            }
          }
        }
      }
    }
    long total = entries.stream().mapToLong(Entry::size).sum();
    entries.sort(Comparator.comparing(Entry::used).thenComparing(Entry::path));
    int removed = 0;
    for (Entry entry : entries) {
      if (total <= maxBytes) {
        break;
      }
      if (Files.deleteIfExists(entry.path())) {
        removed++;
      }
      total -= entry.size();
    }
    return new Trimmed(removed, temporaryFiles, total);
  }

  private static BasicFileAttributes attributes(Path file) {
    try {
      return Files.readAttributes(file, BasicFileAttributes.class);
    } catch (IOException e) {
      return null; // removed by a concurrent run meanwhile
    }
  }
}
