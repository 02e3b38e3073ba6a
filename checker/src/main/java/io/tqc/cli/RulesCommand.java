package io.tqc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code tqc rules}: lists and tests the rules, built-in and from rule packs. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Lists and tests tqc's rules: built-in ones and those in rule packs.",
    subcommands = {RulesListCommand.class, RulesTestCommand.class})
public final class RulesCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command: 'tqc rules list' or "
        + "'tqc rules test'");
  }
}
