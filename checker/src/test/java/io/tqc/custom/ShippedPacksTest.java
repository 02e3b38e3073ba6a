package io.tqc.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.Deadline;
import io.tqc.engine.Finding;
import io.tqc.engine.Rule;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The packs shipped in rules/ find what they promise ({@code ShippedPacksCommandTest} runs their
 * examples through {@code tqc rules test}).
 */
class ShippedPacksTest {
  /** Maven runs the tests in checker/; the packs are one folder up. */
  static final Path REPO = Path.of("").toAbsolutePath().getParent();
  static final Path RULES = REPO.resolve("rules");
  static final String ZH_EN = "rules/en/zh-en-translationese.csv";

  private static PackContents shipped() throws Exception {
    return RulePackLoader.load(List.of(RULES), List.of());
  }

  @Test
  void shippedPacksTestEveryRuleBothWays() throws Exception {
    // No warnings: every shipped rule has an example_bad and an example_good (or <example>s).
    assertEquals(List.of(), shipped().warnings());
  }

  @Test
  void shippedPacksHaveTheirPromisedSize() throws Exception {
    PackContents contents = shipped();
    long zhEn = contents.rules().stream().filter(r -> r.source().endsWith(ZH_EN)).count();
    long german = contents.rules().stream().filter(r -> r.appliesTo("de-DE")).count();
    assertTrue(zhEn >= 40, "zh-en rules: " + zhEn);
    assertTrue(german >= 10 && german < zhEn, "German rules: " + german);
  }

  @Test
  void zhEnPackFlagsTheCalquesOfTheSeedArticle() throws Exception {
    String text = Files.readString(REPO.resolve("seeds/000_0d9fa9fe51ed347a.txt"),
        StandardCharsets.UTF_8);
    List<String> found = new ArrayList<>();
    for (PackRule rule : shipped().rules()) {
      if (rule.source().endsWith(ZH_EN) && !rule.kind().equals("word")) {
        for (Finding f : PackFixtures.findingsWithin(rule, text, Deadline.NONE)) {
          found.add(f.start() + "-" + f.end() + " " + f.ruleId() + " " + f.text());
        }
      }
    }
    assertTrue(found.contains(
        "54-88 ZH_FOREIGN_MEDIA_REPORTS According to foreign media reports"), found.toString());
    assertTrue(found.contains("2945-2961 ZH_HAS_NOT_INVOLVED has not involved"),
        found.toString());
  }

  @Test
  void hasNotInvolvedLeavesTheTransitiveVerbAlone() throws Exception {
    Rule rule = shipped().rules().stream().filter(r -> r.id().equals("ZH_HAS_NOT_INVOLVED"))
        .findFirst().orElseThrow();
    assertEquals(List.of("18-34 has not involved"), PackFixtures.spans(
        PackFixtures.findingsWithin(rule, "Microsoft said it has not involved. The plan has "
            + "not involved layoffs.", Deadline.NONE)));
  }
}
