package io.tqc.source;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.ExampleRunner;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.Rule;
import io.tqc.engine.RuleExample;
import io.tqc.rules.BuiltinRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The examples of the source-aware rules, with five each way for Chinese→English and English→German. */
class SourceRuleExamplesTest {
  private static final int MIN_EXAMPLES = 5;

  private static List<Rule> sourceRules() {
    return BuiltinRules.all().stream()
        .filter(r -> r.getClass().getPackageName().equals("io.tqc.source")).toList();
  }

  @Test
  void everyExampleBehavesAsItSays() {
    ExampleRunner runner = new ExampleRunner(
        new LanguageResolver(LanguageResolver.AUTO, LanguageResolver.DEFAULT_VARIANTS),
        new LanguageToolPool(s -> { }));
    List<String> failures = new ArrayList<>();
    for (Rule rule : sourceRules()) {
      runner.run(rule).forEach(f -> failures.add(f.describe()));
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void fiveExamplesEachWayForEachPair() {
    assertEquals(13, sourceRules().size());
    for (Rule rule : sourceRules()) {
      for (String pair : List.of("zh>en", "en>de")) {
        String from = pair.substring(0, 2);
        String to = pair.substring(3);
        List<RuleExample> of = rule.examples().stream()
            .filter(e -> e.sourceLanguage().startsWith(from) && e.language().startsWith(to))
            .toList();
        long flags = of.stream().filter(RuleExample::mustFlag).count();
        long accepts = of.size() - flags;
        // no false-friend list for Chinese; no word of a Chinese source carries over as written
        boolean noData = (rule.id().equals("FALSE_FRIEND") || rule.id().equals("INVENTED_WORD"))
            && from.equals("zh");
        assertTrue(noData || flags >= MIN_EXAMPLES, rule.id() + " " + pair + ": " + flags);
        assertTrue(accepts >= MIN_EXAMPLES, rule.id() + " " + pair + ": " + accepts);
      }
    }
  }
}
