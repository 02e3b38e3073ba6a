package io.tqc.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --config FILE}, declared once for the commands that read the config file. The file is
 * read before parsing, by {@link ConfigFile}, which finds the option in the arguments; this
 * declaration makes picocli accept and document it.
 */
final class ConfigOption {
  @Option(names = ConfigFile.OPTION, paramLabel = "FILE",
      description = "Read default option values from this properties file instead of "
          + "tqc.properties in the working directory; options on the command line win. Keys are "
          + "the long option names without dashes (lang=en-GB, disable=A,B).")
  Path config;
}
