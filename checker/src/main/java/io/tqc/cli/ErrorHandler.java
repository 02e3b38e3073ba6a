package io.tqc.cli;

import io.tqc.setup.SetupException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns exceptions that escape a command into one clear line on stderr and an exit code; the
 * stack trace only with --verbose.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine commandLine,
      ParseResult parseResult) {
    boolean verbose = parseResult.subcommand() != null
        ? parseResult.subcommand().hasMatchedOption("--verbose")
        : parseResult.hasMatchedOption("--verbose");
    if (e instanceof ConfigurationException || e instanceof SetupException) {
      // A message of several lines (one per broken pack line) gets the prefix on each, like a
      // compiler's, so editors can jump to FILE:LINE.
      e.getMessage().lines().forEach(line -> commandLine.getErr().println("tqc: " + line));
      if (verbose) {
        e.printStackTrace(commandLine.getErr());
      }
      return ExitCodes.USAGE;
    }
    commandLine.getErr().println("tqc: internal error: " + e);
    if (verbose) {
      e.printStackTrace(commandLine.getErr());
    } else {
      commandLine.getErr().println("tqc: run again with --verbose for the details");
    }
    return ExitCodes.USAGE;
  }
}
