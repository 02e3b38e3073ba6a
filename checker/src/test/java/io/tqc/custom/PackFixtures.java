package io.tqc.custom;

import io.tqc.engine.CheckContext;
import io.tqc.engine.Deadline;
import io.tqc.engine.ExampleRunner;
import io.tqc.engine.Finding;
import io.tqc.engine.FindingFactory;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.Rule;
import io.tqc.engine.RuleExample;
import io.tqc.read.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Writes packs into a temporary rules folder and runs rules on texts, for the pack tests. */
final class PackFixtures {
  static final String HEADER =
      "id,kind,pattern,message,suggestion,category,severity,case,example_bad,example_good,note\n";

  private static final ExampleRunner RUNNER = new ExampleRunner(
      new LanguageResolver(LanguageResolver.AUTO, Map.of()), new LanguageToolPool(s -> { }));

  private PackFixtures() {}

  /** Writes {@code rules/<lang>/<name>} under {@code root} and returns the rules folder. */
  static Path write(Path root, String lang, String name, String content) throws IOException {
    Path folder = root.resolve("rules").resolve(lang);
    Files.createDirectories(folder);
    Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    return root.resolve("rules");
  }

  static PackContents load(Path rulesFolder) throws RulePackException, IOException {
    return RulePackLoader.load(List.of(rulesFolder), List.of());
  }

  /** The problems loading reports, each as {@code FILE:LINE: message} with FILE relative. */
  static List<String> problems(Path rulesFolder) throws IOException {
    try {
      load(rulesFolder);
      return List.of();
    } catch (RulePackException e) {
      String prefix = RulePackLoader.display(rulesFolder) + "/";
      return e.problems().stream().map(p -> p.describe().replace(prefix, "")).toList();
    }
  }

  static Rule only(PackContents contents) {
    if (contents.rules().size() != 1) {
      throw new AssertionError("expected one rule, got " + contents.rules());
    }
    return contents.rules().get(0);
  }

  /** The findings of one rule on an English text, on LanguageTool's real analysis. */
  static List<Finding> findings(Rule rule, String language, String text) {
    return RUNNER.findings(rule, RuleExample.accepts(language, text));
  }

  /** The findings of a rule that reads only the text (phrase, regex, glossary), with a deadline. */
  static List<Finding> findingsWithin(Rule rule, String text, Deadline deadline) {
    Document document = Document.of("doc.txt", text, "text/plain", "", false);
    CheckContext context = new CheckContext(document, null, List.of(),
        new FindingFactory(document, "en-US"), deadline);
    return rule.check(context);
  }

  /** {@code start-end text} of each finding, for exact assertions. */
  static List<String> spans(List<Finding> findings) {
    return findings.stream().map(f -> f.start() + "-" + f.end() + " " + f.text()).toList();
  }
}
