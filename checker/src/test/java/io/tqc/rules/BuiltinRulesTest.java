package io.tqc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.ExampleRunner;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.Rule;
import io.tqc.engine.RuleExample;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BuiltinRulesTest {
  private static final int MIN_EXAMPLES = 5;

  @Test
  void everyExampleBehavesAsItSays() {
    ExampleRunner runner = new ExampleRunner(
        new LanguageResolver(LanguageResolver.AUTO, LanguageResolver.DEFAULT_VARIANTS),
        new LanguageToolPool(s -> { }));
    List<String> failures = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      long start = System.nanoTime();
      runner.run(rule).forEach(f -> failures.add(f.describe()));
      System.out.printf("%s: %d ms%n", rule.id(), (System.nanoTime() - start) / 1_000_000);
    }
    failures.forEach(System.out::println);
    assertEquals(List.of(), failures);
  }

  @Test
  void idsAreUniqueAndUpperSnake() {
    Set<String> seen = new HashSet<>();
    for (Rule rule : BuiltinRules.all()) {
      assertTrue(rule.id().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*"), rule.id());
      assertTrue(seen.add(rule.id()), "duplicate id " + rule.id());
      assertEquals("builtin", rule.source());
    }
  }

  /** Five each way in English, or in the languages of a rule that does not check English. */
  @Test
  void everyRuleHasFiveExamplesEachWay() {
    for (Rule rule : BuiltinRules.all()) {
      boolean english = rule.appliesTo("en-US");
      long flags = rule.examples().stream().filter(e -> e.mustFlag()
          && (english ? e.language().startsWith("en") : rule.appliesTo(e.language()))).count();
      long accepts = rule.examples().stream().filter(e -> !e.mustFlag()
          && (english ? e.language().startsWith("en") : rule.appliesTo(e.language()))).count();
      assertTrue(flags >= MIN_EXAMPLES, rule.id() + " has " + flags + " must-flag examples");
      assertTrue(accepts >= MIN_EXAMPLES, rule.id() + " has " + accepts + " must-not-flag");
      assertTrue(rule.examples().stream().map(RuleExample::language)
          .anyMatch(l -> l.startsWith("de") || l.startsWith("fr")), rule.id()
          + " has no German or French example");
    }
  }
}
