package io.tqc.cli;

import io.tqc.custom.PackContents;
import io.tqc.custom.RulePackException;
import io.tqc.custom.RulePackLoader;
import io.tqc.engine.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where rule packs come from: {@code rules/} in the working directory when it exists, plus every
 * {@code --rules} folder. Shared by {@code tqc check} and {@code tqc rules list}.
 */
public final class RulePackOptions {
  static final Path DEFAULT_FOLDER = Path.of("rules");

  @Option(names = "--rules", paramLabel = "DIR", split = ",",
      description = "Also load the rule packs in this folder (it holds language folders such as "
          + "en/ and de/, or is one). Repeatable; rules/ in the working directory is always "
          + "loaded when it exists. Config key: rules.")
  List<Path> extraFolders = new ArrayList<>();

  List<Path> folders() {
    List<Path> folders = new ArrayList<>();
    if (Files.isDirectory(DEFAULT_FOLDER)) {
      folders.add(DEFAULT_FOLDER);
    }
    folders.addAll(extraFolders);
    return folders;
  }

  /** Loads the packs; a broken pack is a configuration error naming file and line. */
  PackContents load(List<Rule> builtin) {
    try {
      return RulePackLoader.load(folders(), builtin);
    } catch (RulePackException e) {
      // One "tqc: FILE:LINE: problem" line per problem, like a compiler, so editors can jump.
      throw new ConfigurationException(e.getMessage().replace("\n", "\ntqc: "));
    } catch (IOException e) {
      throw new ConfigurationException("cannot read the rule packs: " + e.getMessage(), e);
    }
  }
}
