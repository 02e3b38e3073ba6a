package io.tqc.rules;

import io.tqc.engine.CheckContext;
import io.tqc.engine.FindingFactory;
import io.tqc.engine.FindingFilter;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.LanguageToolSession;
import io.tqc.engine.Rule;
import io.tqc.read.Document;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.languagetool.Language;

/**
 * Measures what the built-in rules cost next to LanguageTool: checks every {@code *.txt} in a
 * folder (not recursing) on one thread, timing LanguageTool's check and each rule's check()
 * separately with System.nanoTime. Not a test; run with
 * {@code java -cp checker/target/test-classes:checker/target/classes:$(cat
 * checker/target/tqc.classpath) io.tqc.rules.RuleCost en-US FOLDER}.
 */
public final class RuleCost {
  private RuleCost() {}

  public static void main(String[] args) throws Exception {
    Language language = new LanguageResolver(args[0], LanguageResolver.DEFAULT_VARIANTS)
        .forCode(args[0]);
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of(args[1]))) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    LanguageToolSession session = new LanguageToolPool(s -> { }).session(language);
    session.check("Warm up.", () -> false);
    List<Rule> rules = BuiltinRules.all();
    Map<String, Long> ruleNanos = new LinkedHashMap<>();
    long languageToolNanos = 0;
    long filterNanos = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      Document document = Document.of(file.toString(), text, "text/plain", "", false);
      long start = System.nanoTime();
      LanguageToolSession.Output output = session.check(text, () -> false);
      languageToolNanos += System.nanoTime() - start;
      CheckContext context = new CheckContext(document, language, output.sentences(),
          new FindingFactory(document, language.getShortCodeWithCountryAndVariant()));
      java.util.List<io.tqc.engine.Finding> findings = new java.util.ArrayList<>();
      for (Rule rule : rules) {
        if (rule.appliesTo(language.getShortCodeWithCountryAndVariant())) {
          start = System.nanoTime();
          findings.addAll(rule.check(context));
          ruleNanos.merge(rule.id(), System.nanoTime() - start, Long::sum);
        }
      }
      start = System.nanoTime();
      FindingFilter.none().apply(context, findings);
      filterNanos += System.nanoTime() - start;
    }
    long rulesTotal = ruleNanos.values().stream().mapToLong(Long::longValue).sum();
    System.out.printf("%d documents, LanguageTool check: %d ms%n", files.size(),
        languageToolNanos / 1_000_000);
    ruleNanos.forEach((id, nanos) -> System.out.printf("  %-28s %6d ms%n", id,
        nanos / 1_000_000));
    System.out.printf("built-in rules: %d ms (%.1f%% of LanguageTool), name filter: %d ms%n",
        rulesTotal / 1_000_000, 100.0 * rulesTotal / languageToolNanos, filterNanos / 1_000_000);
  }
}
