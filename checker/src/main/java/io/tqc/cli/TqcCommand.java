package io.tqc.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code tqc} command: only subcommands do work. */
@Command(
    name = "tqc",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks translated articles for grammar and spelling errors and the artifacts "
        + "machine translation leaves behind, and writes CSV and HTML reports.",
    subcommands = {CheckCommand.class, ServeCommand.class, RulesCommand.class,
        HelpCommand.class},
    footer = "%nRun 'tqc help COMMAND' or 'tqc COMMAND --help' for a command's options and exit "
        + "codes.")
public final class TqcCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "name a command, e.g. 'tqc check seeds'");
  }
}
