package io.tqc.cli;

import picocli.CommandLine;

/** Entry point of the {@code tqc} command. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    // An interruption before a command has started still ends with tqc's documented code.
    Thread early = new Thread(() -> {
      if (!InterruptGuard.anyArmed()) {
        Runtime.getRuntime().halt(ExitCodes.INTERRUPTED);
      }
    });
    Runtime.getRuntime().addShutdownHook(early);
    int code = run(args);
    Runtime.getRuntime().removeShutdownHook(early);
    System.exit(code);
  }

  /** Runs tqc with the given arguments and returns its exit code. */
  public static int run(String... args) {
    CommandLine commandLine = new CommandLine(new TqcCommand());
    commandLine.setExecutionExceptionHandler(new ErrorHandler());
    commandLine.setExitCodeExceptionMapper(e -> ExitCodes.USAGE);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    try {
      ConfigFile.install(commandLine, args);
    } catch (ConfigurationException e) {
      commandLine.getErr().println("tqc: " + e.getMessage());
      commandLine.getErr().flush();
      return ExitCodes.USAGE;
    }
    return commandLine.execute(args);
  }
}
