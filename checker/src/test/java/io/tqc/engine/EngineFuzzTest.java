package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.read.Document;
import io.tqc.rules.BuiltinRules;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Random texts built from real words, odd characters and broken punctuation go through
 * LanguageTool and every built-in rule: nothing escapes a document and every finding lies inside
 * its document with the text it names.
 */
class EngineFuzzTest {
  private static final long SEED = 20261126L;
  private static final int DOCUMENTS = 150;
  private static final String[] ODD = {"\uD83D\uDE00", "\uD840\uDC00", "\u0000", "\u200B",
      "\u202E", "\uFFFD", "\t", "\r\n", "\n\n", "\u00A0", "\"", "\u201C", "\u201D", "'", "\u2019",
      "\u00AB", "\u00BB", "...", ". ", "!", "?", ",", "-", "\u2014", "(", ")", "\u4E2D\u6587",
      "\u0420\u043E\u0441\u0441\u0438\u044F", "\u0645\u0631\u062D\u0628\u0627", "&", "<b>",
      "1,000.5", "2026-11-26", "e\u0301", "\uD800", "Windows. Phone", "A", "I"};

  @Test
  void randomDocumentsStayInsideTheirBoundaries() throws Exception {
    List<String> words = List.of(Files.readString(Path.of("../seeds/000_0d9fa9fe51ed347a.txt"))
        .split("\\s+"));
    DocumentChecker checker = TestCheckers.checker(BuiltinRules.all());
    LanguageResolver english = new LanguageResolver("en-US", java.util.Map.of());
    DocumentChecker englishChecker = new DocumentChecker(english, TestCheckers.POOL,
        BuiltinRules.all(), FindingFilter.none(), new CheckTimeLimit(CheckTimeLimit.DEFAULT));
    Random random = new Random(SEED);
    List<String> problems = new ArrayList<>();
    for (int i = 0; i < DOCUMENTS; i++) {
      String text = randomText(random, words);
      Document document = Document.of("fuzz-" + i, text, "text/plain", "", false);
      DocumentResult result;
      try {
        result = (i % 30 == 0 ? checker : englishChecker).check(document);
      } catch (RuntimeException | Error e) {
        problems.add("fuzz-" + i + " threw " + e + " on: " + text);
        continue;
      }
      for (Finding f : result.findings()) {
        if (f.start() < 0 || f.end() > document.index().length() || f.start() > f.end()
            || !document.index().slice(f.start(), f.end()).equals(f.text())
            || f.line() != document.index().line(f.start())) {
          problems.add("fuzz-" + i + " " + f.ruleId() + " " + f.start() + "-" + f.end()
              + " outside or wrong in: " + text);
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  private static String randomText(Random random, List<String> words) {
    StringBuilder text = new StringBuilder();
    int pieces = 1 + random.nextInt(40);
    for (int i = 0; i < pieces; i++) {
      if (random.nextInt(4) == 0) {
        text.append(ODD[random.nextInt(ODD.length)]);
      } else {
        String word = words.get(random.nextInt(words.size()));
        text.append(random.nextInt(10) == 0 ? word.toUpperCase() : word);
      }
      if (random.nextInt(3) > 0) {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
