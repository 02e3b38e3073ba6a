package io.tqc.spark;

import io.tqc.cli.ExitCodes;
import picocli.CommandLine;

/** Entry point of {@code tqc spark} and of the jar {@code spark-submit} runs. */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the job with the given arguments and returns the exit code. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new SparkCommand());
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("tqc: " + e.getMessage());
      return e instanceof io.tqc.cli.ConfigurationException
          || e instanceof io.tqc.setup.SetupException
          || e instanceof IllegalArgumentException ? ExitCodes.USAGE : ExitCodes.NOT_CHECKED;
    });
    return commandLine.execute(args);
  }
}
