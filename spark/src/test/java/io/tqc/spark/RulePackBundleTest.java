package io.tqc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RulePackBundleTest {
  @TempDir
  Path dir;

  @Test
  void foldersAreWrittenUnderTheirOwnNamesAndPackFilesKeepTheDriversNames() throws Exception {
    Path packs = dir.resolve("driver/packs");
    Files.createDirectories(packs.resolve("en"));
    Files.writeString(packs.resolve("en/glossary.csv"), "term,preferred\n");
    Path languageFolder = dir.resolve("driver/de");
    Files.createDirectories(languageFolder);
    Files.writeString(languageFolder.resolve("accept.txt"), "Wohnugen\n");
    RulePackBundle bundle = RulePackBundle.read(List.of(packs, languageFolder));

    Path executor = dir.resolve("executor");
    List<Path> written = bundle.writeUnder(executor);

    assertEquals(List.of(executor.resolve("0/packs"), executor.resolve("1/de")), written);
    assertEquals("term,preferred\n", Files.readString(written.get(0).resolve("en/glossary.csv")));
    assertEquals("Wohnugen\n", Files.readString(written.get(1).resolve("accept.txt")));
    UnaryOperator<String> names = bundle.ruleSourceNames(written);
    assertEquals(packs + "/en/glossary.csv", names.apply(written.get(0) + "/en/glossary.csv"));
    assertEquals(languageFolder.toString(), names.apply(written.get(1).toString()));
    assertEquals("languagetool", names.apply("languagetool"));
  }

  @Test
  void theDigestChangesWithAFilesContent() throws Exception {
    Files.writeString(dir.resolve("accept.txt"), "one\n");
    String before = RulePackBundle.read(List.of(dir)).digest();
    assertEquals(before, RulePackBundle.read(List.of(dir)).digest());
    Files.writeString(dir.resolve("accept.txt"), "two\n");
    assertNotEquals(before, RulePackBundle.read(List.of(dir)).digest());
  }
}
