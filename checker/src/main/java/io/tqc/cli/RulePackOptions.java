package io.tqc.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * Where rule packs come from: {@code rules/} in the working directory when it exists, plus every
 * {@code --rules} folder. Shared by the commands that check text and by {@code tqc rules}.
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
}
