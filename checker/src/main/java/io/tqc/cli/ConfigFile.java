package io.tqc.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The config file: {@code --config FILE}, else {@code tqc.properties} in the working directory.
 * It is a Java properties file whose keys are long option names without dashes ({@code lang},
 * {@code disable}, {@code fail-on}), optionally qualified by command ({@code tqc.check.lang}); it
 * supplies default values through picocli's {@link CommandLine.PropertiesDefaultProvider}, so an
 * option given on the command line wins. An unknown key is an error, so a typo is not silently
 * ignored.
 */
final class ConfigFile {
  static final Path DEFAULT = Path.of("tqc.properties");
  static final String OPTION = "--config";

  private ConfigFile() {}

  /**
   * Installs the config file named by {@code args} (or the default one when it exists) as the
   * default value provider of {@code commandLine}.
   *
   * @throws ConfigurationException when the file is missing, unreadable or has unknown keys
   */
  static void install(CommandLine commandLine, String[] args) {
    Path file = named(args);
    if (file == null) {
      if (!Files.isRegularFile(DEFAULT)) {
        return;
      }
      file = DEFAULT;
    } else if (!Files.isRegularFile(file)) {
      throw new ConfigurationException(OPTION + ": no such file: " + file);
    }
    Properties properties = new Properties();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(in);
    } catch (IOException | IllegalArgumentException e) {
      throw new ConfigurationException(file + ": cannot read the config file: " + e.getMessage());
    }
    Set<String> known = knownKeys(commandLine.getCommandSpec());
    for (String key : properties.stringPropertyNames()) {
      if (!known.contains(key)) {
        throw new ConfigurationException(file + ": unknown key '" + key + "' (keys are long "
            + "option names without dashes, such as lang, rules, disable, severity, fail-on)");
      }
    }
    commandLine.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(properties));
  }

  /** The value of {@code --config FILE} or {@code --config=FILE}, null when not given. */
  static Path named(String[] args) {
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--")) {
        break;
      }
      if (args[i].equals(OPTION) && i + 1 < args.length) {
        return Path.of(args[i + 1]);
      }
      if (args[i].startsWith(OPTION + "=")) {
        return Path.of(args[i].substring(OPTION.length() + 1));
      }
    }
    return null;
  }

  private static Set<String> knownKeys(CommandSpec root) {
    Set<String> keys = new HashSet<>();
    addKeys(root, keys);
    return keys;
  }

  private static void addKeys(CommandSpec command, Set<String> keys) {
    for (OptionSpec option : command.options()) {
      if (option.usageHelp() || option.versionHelp() || List.of("config").contains(
          bare(option.longestName()))) {
        continue;
      }
      String key = bare(option.longestName());
      keys.add(key);
      keys.add(command.qualifiedName(".") + "." + key);
    }
    for (CommandLine sub : command.subcommands().values()) {
      addKeys(sub.getCommandSpec(), keys);
    }
  }

  private static String bare(String optionName) {
    return optionName.replaceFirst("^-+", "");
  }
}
