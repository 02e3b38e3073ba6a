package io.tqc.cli;

import io.tqc.custom.PackContents;
import io.tqc.custom.PackProblem;
import io.tqc.engine.ExampleRunner;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.Rule;
import io.tqc.rules.BuiltinRules;
import io.tqc.setup.RulePacks;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tqc rules test}: runs every rule's examples the way {@code tqc check} runs the rules and
 * prints each one that misbehaves as {@code FILE:LINE: ID: expected to flag: "..."}.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {"Runs the examples of the built-in rules and of the rule packs (example_bad "
        + "must be flagged at its <marker> span, example_good must not be flagged) and prints "
        + "each failure as FILE:LINE: ID: expected to flag|not to flag: \"example\".",
        "Rules without examples are reported as warnings on stderr."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every example behaves as it says",
        "1:some examples fail",
        "2:a pack is broken (the message names file and line)"})
public final class RulesTestCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "0..*",
      description = "Rule pack files, language folders (rules/en) or rules folders (default: "
          + "rules).")
  List<Path> paths = new ArrayList<>();

  @Override
  public Integer call() {
    List<Path> packs = paths.isEmpty() ? new RulePackOptions().folders() : paths;
    List<Rule> builtin = BuiltinRules.all();
    PackContents contents = RulePacks.load(packs, builtin);
    List<Rule> rules = new ArrayList<>();
    if (paths.isEmpty()) {
      rules.addAll(builtin);
    }
    rules.addAll(contents.rules());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (PackProblem warning : contents.warnings()) {
      err.println("tqc: warning: " + warning.describe());
    }
    ExampleRunner runner = new ExampleRunner(new LanguageResolver(LanguageResolver.AUTO,
        Map.of()), new LanguageToolPool(session -> { }));
    int examples = 0;
    int failures = 0;
    for (Rule rule : rules) {
      examples += rule.examples().size();
      for (ExampleRunner.Failure failure : runner.run(rule)) {
        out.println(failure.describe());
        failures++;
      }
    }
    out.flush();
    err.println("tqc: " + rules.size() + " rules, " + examples + " examples, " + failures
        + " failed");
    err.flush();
    return failures > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }
}
