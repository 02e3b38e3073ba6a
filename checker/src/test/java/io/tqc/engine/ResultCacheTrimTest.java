package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.read.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTrimTest {
  private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

  @TempDir
  Path dir;

  private Path file(String shard, String name, int bytes, Duration age) throws Exception {
    Path file = dir.resolve(shard).resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[bytes]);
    Files.setLastModifiedTime(file, FileTime.from(NOW.minus(age)));
    return file;
  }

  private static String hex(char c) {
    return String.valueOf(c).repeat(62);
  }

  private List<String> remaining() throws Exception {
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).map(f -> dir.relativize(f).toString()
          .replace('\\', '/')).sorted().toList();
    }
  }

  @Test
  void removesTheLeastRecentlyUsedEntriesBeyondTheLimitAndAbandonedTemporaryFiles()
      throws Exception {
    file("00", hex('a'), 100, Duration.ofDays(3));
    file("00", hex('b'), 100, Duration.ofDays(1));
    file("ff", hex('c'), 100, Duration.ofDays(2));
    file("ff", hex('d'), 100, Duration.ofMinutes(1));
    file("ff", hex('e') + ".123.tmp", 50, Duration.ofHours(2)); // left by a crash
    file("ff", hex('f') + ".456.tmp", 50, Duration.ofMinutes(5)); // a run may be writing it
    file("ff", "notes.txt", 500, Duration.ofDays(9)); // not the cache's
    file("zz", hex('a'), 500, Duration.ofDays(9)); // not a shard folder

    ResultCacheTrim.Trimmed trimmed = ResultCacheTrim.trim(dir, 250, NOW);

    assertEquals(new ResultCacheTrim.Trimmed(2, 1, 200), trimmed);
    assertEquals(List.of("00/" + hex('b'), "ff/" + hex('d'), "ff/" + hex('f') + ".456.tmp",
        "ff/notes.txt", "zz/" + hex('a')), remaining());
  }

  @Test
  void aCacheWithinTheLimitOrMissingIsLeftAlone() throws Exception {
    file("00", hex('a'), 100, Duration.ofDays(3));
    assertEquals(new ResultCacheTrim.Trimmed(0, 0, 100), ResultCacheTrim.trim(dir, 100, NOW));
    assertEquals(List.of("00/" + hex('a')), remaining());
    assertEquals(new ResultCacheTrim.Trimmed(0, 0, 0),
        ResultCacheTrim.trim(dir.resolve("none"), 0, NOW));
  }

  @Test
  void aHitMakesAnEntryRecentlyUsed() throws Exception {
    RuleSetFingerprint fingerprint = RuleSetFingerprint.builder().add("tqc-version", "1").build();
    ResultCache cache = ResultCache.in(dir, fingerprint, LanguageRuleSet.none());
    Document document = Document.of("a.txt", "Some text.", "text/plain", "", false);
    cache.store(document, new DocumentResult("a.txt", document, "en-US", 2, List.of(), null, 0));
    Path entry = cache.entry(cache.key(document.text()));
    FileTime old = FileTime.from(Instant.now().minus(Duration.ofDays(30)));
    Files.setLastModifiedTime(entry, old);

    cache.lookup(document);

    Instant used = Files.getLastModifiedTime(entry).toInstant();
    assertEquals(true, used.isAfter(Instant.now().minus(Duration.ofMinutes(5))), used::toString);
  }
}
