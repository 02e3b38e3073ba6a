package io.tqc.cli;

import io.tqc.custom.PackContents;
import io.tqc.custom.PackProblem;
import io.tqc.custom.PackRule;
import io.tqc.engine.Rule;
import io.tqc.rules.BuiltinRules;
import io.tqc.setup.RulePacks;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code tqc rules list}: one line per rule, as a table. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists the built-in rules and the rules in rule packs: id, source file, kind, "
        + "category, severity and message, separated by tabs.")
public final class RulesListCommand implements Callable<Integer> {
  static final List<String> COLUMNS = List.of("id", "source", "kind", "category", "severity",
      "message");

  @Spec
  CommandSpec spec;

  @Mixin
  RulePackOptions rulePacks;

  @Option(names = "--lang", paramLabel = "CODE",
      description = "Only rules that apply to this language (en, de, en-GB, ...).")
  String lang;

  @Override
  public Integer call() {
    List<Rule> builtin = BuiltinRules.all();
    List<Rule> rules = new ArrayList<>(builtin);
    PackContents packs = RulePacks.load(rulePacks.folders(), builtin);
    rules.addAll(packs.rules());
    PrintWriter err = spec.commandLine().getErr();
    for (PackProblem warning : packs.warnings()) {
      err.println("tqc: warning: " + warning.describe());
    }
    err.flush();
    PrintWriter out = spec.commandLine().getOut();
    out.println(String.join("\t", COLUMNS));
    for (Rule rule : rules) {
      if (lang != null && !rule.appliesTo(lang)) {
        continue;
      }
      String where = rule.sourceLine() > 0 ? rule.source() + ":" + rule.sourceLine()
          : rule.source();
      String kind = rule instanceof PackRule packRule ? packRule.kind() : "java";
      out.println(String.join("\t", rule.id(), where, kind, rule.category().toString(),
          rule.severity().label(), rule.description().replaceAll("[\\t\\r\\n]+", " ")));
    }
    out.flush();
    return ExitCodes.CLEAN;
  }
}
