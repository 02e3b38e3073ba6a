package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.InlineCode;
import io.tqc.read.Segmentation;
import io.tqc.read.DocumentReader;
import io.tqc.read.InputFiles.Input;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultCacheTest {
  private static final String TEXT = "He go to school.\nThe the cat sat on 🐱 mat.\n";

  @TempDir
  Path dir;

  private static RuleSetFingerprint fingerprint(String version, String rules) {
    return RuleSetFingerprint.builder().add("tqc-version", version).add("option:--lang", "en-US")
        .rules("rules", List.of(rules.split(","))).build();
  }

  private static final RuleSetFingerprint V1 = fingerprint("1.0", "A_RULE,B_RULE");

  /** A cache without per-language rules. */
  private static ResultCache cacheIn(Path folder, RuleSetFingerprint fingerprint) {
    return ResultCache.in(folder, fingerprint, LanguageRuleSet.none());
  }

  private static Document document(String file, String text) {
    return Document.of(file, text, "text/plain", "", false);
  }

  /** What checking TEXT as {@code file} produced, written out by hand. */
  private static List<Finding> findings(String file) {
    return List.of(
        new Finding(file, "en-US", 1, 4, 3, 5, "HE_VERB_AGR", "languagetool", Category.GRAMMAR,
            Severity.MAJOR, "The pronoun \u201CHe\u201D is usually used with \u201Cgoes\u201D.",
            List.of("goes", "went"), "go", "He go to school."),
        new Finding(file, "en-US", 2, 1, 17, 24, "ENGLISH_WORD_REPEAT_RULE", "languagetool",
            Category.GRAMMAR, Severity.MINOR, "Possible typo: you repeated a word.",
            List.of("The"), "The the", "He go to school. The the cat sat on 🐱 mat."),
        new Finding(file, "en-US", 2, 19, 35, 36, "EMOJI", "rules/en/house.csv",
            new Category("Style", ""), Severity.CRITICAL, "No emoji.", List.of(), "🐱", null));
  }

  private static DocumentResult result(Document document) {
    return new DocumentResult(document.file(), document, "en-US", 10, findings(document.file()),
        null, 2);
  }

  private List<Path> entryFiles() throws Exception {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  @Test
  void hitReturnsExactlyWhatWasStoredUnderTheCurrentFileName() throws Exception {
    ResultCache cache = cacheIn(dir, V1);
    Document first = document("old/name.txt", TEXT);
    assertNull(cache.lookup(first));
    cache.store(first, result(first));

    Document renamed = document("new/name.txt", TEXT);
    DocumentResult hit = cacheIn(dir, V1).lookup(renamed);
    assertEquals(new DocumentResult("new/name.txt", renamed, "en-US", 10,
        findings("new/name.txt"), null, 2), hit);
    assertSame(renamed, hit.document());
    List<Path> entries = entryFiles();
    assertEquals(1, entries.size());
    String key = cache.key(TEXT);
    assertEquals(dir.resolve(key.substring(0, 2)).resolve(key.substring(2)), entries.get(0));
    assertEquals(1, cache.misses());
    assertEquals(0, cache.hits());
  }

  /** TEXT as two bilingual segments, line by line, with these sources. */
  private static Document bilingual(String file, String firstSource) {
    return document(file, TEXT).withSegmentation(new Segmentation(List.of(
        new DocumentSegment("1", 0, 16, firstSource, "de-DE"),
        new DocumentSegment("2", 17, 43, "Die Katze saß auf der Matte.", "de-DE",
            List.of(), List.of(new InlineCode(InlineCode.Kind.STANDALONE, "x", "1", 19, "")))),
        "en-US", "XLIFF 1.2: 2 segments"));
  }

  @Test
  void bilingualFindingsKeepSegmentAndSourceAndChangedSourcesAreAMiss() {
    ResultCache cache = cacheIn(dir, V1);
    Document document = bilingual("a.xlf", "Er geht zur Schule.");
    List<Finding> findings = List.of(
        findings("a.xlf").get(0).withSegment("1", "Er geht zur Schule."),
        findings("a.xlf").get(1).withSegment("2", "Die Katze sa\u00df auf der Matte."));
    cache.store(document, new DocumentResult("a.xlf", document, "en-US", 10, findings, null, 0));

    DocumentResult hit = cacheIn(dir, V1).lookup(bilingual("b.xlf", "Er geht zur Schule."));
    assertEquals(List.of(
        findings("b.xlf").get(0).withSegment("1", "Er geht zur Schule."),
        findings("b.xlf").get(1).withSegment("2", "Die Katze sa\u00df auf der Matte.")),
        hit.findings());
    assertEquals("XLIFF 1.2: 2 segments", hit.document().segmentation().note());
    // the same target text with another source, or without sources, was not checked yet
    assertNull(cacheIn(dir, V1).lookup(bilingual("a.xlf", "Er ging zur Schule.")));
    assertNull(cacheIn(dir, V1).lookup(document("a.xlf", TEXT)));
    assertNotEquals(cache.key(TEXT), cache.key(document));
  }

  @Test
  void changedTextIsAMiss() {
    ResultCache cache = cacheIn(dir, V1);
    Document document = document("a.txt", TEXT);
    cache.store(document, result(document));
    assertNull(cache.lookup(document("a.txt", TEXT.replace("cat", "dog"))));
    assertNull(cache.lookup(document("a.txt", TEXT + " ")));
    assertEquals(findings("a.txt"), cache.lookup(document).findings());
    assertEquals(1, cache.hits());
    assertEquals(2, cache.misses());
  }

  @Test
  void changedRulesOrVersionIsAMiss() {
    Document document = document("a.txt", TEXT);
    cacheIn(dir, V1).store(document, result(document));
    assertNull(cacheIn(dir, fingerprint("1.0", "A_RULE,C_RULE")).lookup(document));
    assertNull(cacheIn(dir, fingerprint("1.1", "A_RULE,B_RULE")).lookup(document));
    // the order rules are listed in does not matter
    assertEquals(findings("a.txt"),
        cacheIn(dir, fingerprint("1.0", "B_RULE,A_RULE")).lookup(document).findings());
  }

  @Test
  void changedRulePackFileIsAMiss() throws Exception {
    Path rules = Files.createDirectories(dir.resolve("rules/en"));
    Files.writeString(rules.resolve("house.csv"), "id,pattern\nEMOJI,🐱\n");
    Path cacheDir = dir.resolve("cache");
    Document document = document("a.txt", TEXT);
    packCache(cacheDir, rules.getParent()).store(document, result(document));
    assertEquals(2, packCache(cacheDir, rules.getParent()).lookup(document)
        .silencedSpellingAlarms());

    Files.writeString(rules.resolve("house.csv"), "id,pattern\nEMOJI,🐶\n");
    assertNull(packCache(cacheDir, rules.getParent()).lookup(document));
    Files.writeString(rules.resolve("house.csv"), "id,pattern\nEMOJI,🐱\n");
    Files.writeString(rules.resolve("names.txt"), "Zhang\n");
    assertNull(packCache(cacheDir, rules.getParent()).lookup(document));
  }

  @Test
  void changedPackOfAnotherLanguageIsStillAHit() throws Exception {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules.resolve("en"));
    Files.createDirectories(rules.resolve("de"));
    Files.writeString(rules.resolve("en/house.csv"), "id,pattern\nEMOJI,🐱\n");
    Files.writeString(rules.resolve("de/haus.csv"), "id,pattern\nEMOJI_DE,🐱\n");
    Path cacheDir = dir.resolve("cache");
    Document english = document("a.txt", TEXT);
    Document german = document("b.txt", "Der Hund.\n");
    packCache(cacheDir, rules).store(english, result(english));
    packCache(cacheDir, rules).store(german, new DocumentResult(german.file(), german, "de-DE",
        2, List.of(), null, 0));

    Files.writeString(rules.resolve("de/haus.csv"), "id,pattern\nEMOJI_DE,🐶\n");
    assertEquals(findings("a.txt"), packCache(cacheDir, rules).lookup(english).findings());
    assertNull(packCache(cacheDir, rules).lookup(german));

    // A rule that applies to German only changes German keys too.
    ResultCache withGermanRule = ResultCache.in(cacheDir, V1, new LanguageRuleSet(
        List.of(new LanguageOnlyRule("de")), List.of(rules)));
    withGermanRule.store(german, new DocumentResult(german.file(), german, "de-DE", 2,
        List.of(), null, 0));
    assertEquals(0, withGermanRule.lookup(german).findings().size());
    assertNull(packCache(cacheDir, rules).lookup(german));
    assertEquals(findings("a.txt"), withGermanRule.lookup(english).findings());
  }

  @Test
  void changedPackFileNamedDirectlyIsAMiss() throws Exception {
    Path pack = Files.createDirectories(dir.resolve("packs/en")).resolve("house.csv");
    Files.writeString(pack, "id,pattern\nEMOJI,🐱\n");
    Path cacheDir = dir.resolve("cache");
    Document document = document("a.txt", TEXT);
    packCache(cacheDir, pack).store(document, result(document));
    assertEquals(findings("a.txt"), packCache(cacheDir, pack).lookup(document).findings());

    Files.writeString(pack, "id,pattern\nEMOJI,🐶\n");
    assertNull(packCache(cacheDir, pack).lookup(document));
  }

  private static ResultCache packCache(Path cacheDir, Path rules) {
    return ResultCache.in(cacheDir, V1, new LanguageRuleSet(List.of(), List.of(rules)));
  }

  /** A rule that applies to one language and finds nothing. */
  private record LanguageOnlyRule(String language) implements Rule {
    @Override
    public String id() {
      return "ONLY_" + language.toUpperCase(java.util.Locale.ROOT);
    }

    @Override
    public String source() {
      return "builtin";
    }

    @Override
    public Category category() {
      return Category.AWKWARD;
    }

    @Override
    public Severity severity() {
      return Severity.MINOR;
    }

    @Override
    public String description() {
      return "Finds nothing.";
    }

    @Override
    public boolean appliesTo(String languageCode) {
      return LanguageRuleSet.packApplies(language, languageCode);
    }

    @Override
    public List<RuleExample> examples() {
      return List.of();
    }

    @Override
    public List<Finding> check(CheckContext context) {
      return List.of();
    }
  }

  @Test
  void corruptOrTruncatedEntryIsAMissAndIsOverwritten() throws Exception {
    ResultCache cache = cacheIn(dir, V1);
    Document document = document("a.txt", TEXT);
    cache.store(document, result(document));
    Path entry = entryFiles().get(0);
    byte[] whole = Files.readAllBytes(entry);

    Files.write(entry, java.util.Arrays.copyOf(whole, whole.length / 2));
    assertNull(cache.lookup(document));
    byte[] flipped = whole.clone();
    flipped[flipped.length / 2] ^= 0x20;
    Files.write(entry, flipped);
    assertNull(cache.lookup(document));
    Files.write(entry, new byte[0]);
    assertNull(cache.lookup(document));
    Files.writeString(entry, "not an entry at all, but long enough to have a checksum");
    assertNull(cache.lookup(document));

    cache.store(document, result(document));
    assertEquals(result(document), cache.lookup(document));
    assertEquals(List.of(entry), entryFiles());
  }

  @Test
  void failedResultsAreNotStored() throws Exception {
    ResultCache cache = cacheIn(dir, V1);
    Document document = document("a.txt", TEXT);
    cache.store(document, DocumentResult.failed("a.txt", document, "en-US", "took too long"));
    assertEquals(List.of(), entryFiles());
    assertNull(cache.lookup(document));
  }

  @Test
  void disabledCacheNeitherReadsNorWrites() throws Exception {
    ResultCache cache = ResultCache.disabled();
    Document document = document("a.txt", TEXT);
    cache.store(document, result(document));
    assertNull(cache.lookup(document));
    assertFalse(cache.enabled());
    assertEquals(List.of(), entryFiles());
  }

  @Test
  void concurrentWritersAndReadersNeverSeeHalfAnEntry() throws Exception {
    int threads = 8;
    int documents = 20;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<List<String>>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      futures.add(pool.submit(() -> {
        // every thread is a separate run with its own cache object on the same folder
        ResultCache cache = cacheIn(dir, V1);
        List<String> problems = new ArrayList<>();
        start.await();
        for (int round = 0; round < 5; round++) {
          for (int d = 0; d < documents; d++) {
            Document document = document("doc" + d + ".txt", TEXT + d);
            DocumentResult seen = cache.lookup(document);
            if (seen != null && !seen.equals(result(document))) {
              problems.add("wrong entry for doc" + d);
            }
            cache.store(document, result(document));
          }
        }
        if (cache.writeFailures() != 0) {
          problems.add(cache.writeFailures() + " write failures");
        }
        return problems;
      }));
    }
    start.countDown();
    for (Future<List<String>> future : futures) {
      assertEquals(List.of(), future.get());
    }
    pool.shutdown();
    ResultCache after = cacheIn(dir, V1);
    for (int d = 0; d < documents; d++) {
      Document document = document("doc" + d + ".txt", TEXT + d);
      assertEquals(result(document), after.lookup(document));
    }
    List<Path> entries = entryFiles();
    assertEquals(documents, entries.size());
    assertTrue(entries.stream().noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
  }

  @Test
  void batchRunnerTakesHitsFromTheCacheWithoutRunningLanguageTool() throws Exception {
    Path file = Files.writeString(dir.resolve("a.txt"), TEXT);
    Path cacheDir = dir.resolve("cache");
    ResultCache cache = cacheIn(cacheDir, V1);
    Document stored = document("a.txt", TEXT);
    cache.store(stored, result(stored));
    DocumentReader reader = (path, name) -> {
      try {
        return document(name, Files.readString(path));
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    };
    LanguageToolPool refusing = new LanguageToolPool(session -> {
      throw new IllegalStateException("LanguageTool must not run on a cache hit");
    });
    DocumentChecker checker = new DocumentChecker(new LanguageResolver("en-US", Map.of()),
        refusing, List.of(), FindingFilter.none(), new CheckTimeLimit(CheckTimeLimit.DEFAULT));
    List<DocumentResult> results = new ArrayList<>();
    new BatchRunner(reader, checker, 2, cache).run(
        List.of(new Input(file, "renamed.txt", null)), results::add);
    assertEquals(1, results.size());
    assertEquals(findings("renamed.txt"), results.get(0).findings());
    assertEquals(TEXT, results.get(0).document().text());
    assertEquals(1, cache.hits());
  }

  @Test
  void fingerprintDependsOnEveryPartButNotOnTheirOrder() {
    String a = RuleSetFingerprint.builder().add("x", "1").add("y", "2").build().hex();
    String b = RuleSetFingerprint.builder().add("y", "2").add("x", "1").build().hex();
    String c = RuleSetFingerprint.builder().add("x", "1").add("y", "3").build().hex();
    String d = RuleSetFingerprint.builder().add("x", "12").add("y", "").build().hex();
    assertEquals(a, b);
    assertNotEquals(a, c);
    assertNotEquals(a, d);
    assertEquals(64, a.length());
  }

  @Test
  void defaultLocationFollowsXdgCacheHome() {
    assertEquals(Path.of("/var/cache/me/tqc"),
        ResultCache.defaultLocation(Map.of("XDG_CACHE_HOME", "/var/cache/me"), "/home/me"));
    assertEquals(Path.of("/home/me/.cache/tqc"),
        ResultCache.defaultLocation(Map.of(), "/home/me"));
    assertEquals(Path.of("/home/me/.cache/tqc"),
        ResultCache.defaultLocation(Map.of("XDG_CACHE_HOME", "relative"), "/home/me"));
  }
}
