package io.tqc.custom;

import io.tqc.engine.LanguageResolver;
import io.tqc.engine.Rule;
import io.tqc.engine.UnsupportedLanguageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and loads rule packs. A rules folder holds one folder per language ({@code rules/en/});
 * in it, {@code glossary.csv} is a glossary, any other {@code *.csv} a rule table and
 * {@code *.xml} a LanguageTool grammar file. Other files (such as the accepted-word lists) are not
 * packs and are left to their own readers.
 */
public final class RulePackLoader {
  public static final String GLOSSARY_FILE = "glossary.csv";

  private RulePackLoader() {}

  /**
   * Loads every pack under the given rules folders (each holding language folders) and pack
   * files or language folders given directly.
   *
   * @param builtin rules already defined, so that a pack cannot reuse their ids
   * @throws RulePackException listing every problem when any pack is broken
   */
  public static PackContents load(List<Path> paths, List<Rule> builtin)
      throws RulePackException, IOException {
    PackContents contents = PackContents.empty();
    Set<Path> seen = new LinkedHashSet<>();
    for (Path path : paths) {
      if (!Files.exists(path)) {
        contents.problems().add(new PackProblem(display(path), 0, "no such file or folder"));
      } else if (Files.isRegularFile(path)) {
        loadFile(path, languageOf(path.toAbsolutePath().getParent()), contents, seen);
      } else if (isLanguageFolder(path)) {
        loadLanguageFolder(path, contents, seen);
      } else {
        try (Stream<Path> children = Files.list(path)) {
          for (Path child : children.sorted().toList()) {
            if (Files.isDirectory(child) && !child.getFileName().toString().startsWith(".")) {
              loadLanguageFolder(child, contents, seen);
            }
          }
        }
      }
    }
    checkUniqueIds(contents, builtin);
    if (!contents.problems().isEmpty()) {
      // In file order and line order, as an editor walks through them.
      contents.problems().sort(Comparator.comparing(PackProblem::file)
          .thenComparingInt(PackProblem::line));
      throw new RulePackException(contents.problems());
    }
    return contents;
  }

  /** A folder with pack files in it (rather than language folders). */
  private static boolean isLanguageFolder(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.anyMatch(RulePackLoader::isPackFile);
    }
  }

  private static void loadLanguageFolder(Path folder, PackContents into, Set<Path> seen)
      throws IOException {
    String language = languageOf(folder);
    try (Stream<Path> children = Files.list(folder)) {
      for (Path file : children.sorted().toList()) {
        if (isPackFile(file)) {
          loadFile(file, language, into, seen);
        }
      }
    }
  }

  private static void loadFile(Path file, String language, PackContents into, Set<Path> seen)
      throws IOException {
    if (!seen.add(file.toRealPath())) {
      return; // the same pack named twice, e.g. by --rules and by the default folder
    }
    String display = display(file);
    if (!supported(language)) {
      into.problems().add(new PackProblem(display, 0, "the folder '" + language + "' is not a "
          + "language code tqc supports (packs live in rules/<lang>/, e.g. rules/en/)"));
      return;
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.equals(GLOSSARY_FILE)) {
      GlossaryLoader.load(file, display, language, into);
    } else if (name.endsWith(".csv")) {
      RuleTableLoader.load(file, display, language, into);
    } else if (name.endsWith(".xml")) {
      GrammarXmlLoader.load(file, display, language, into);
    } else {
      into.problems().add(new PackProblem(display, 0, "not a rule pack (a pack is a .csv or "
          + ".xml file)"));
    }
  }

  private static boolean supported(String language) {
    try {
      new LanguageResolver(LanguageResolver.AUTO, Map.of()).forCode(language);
      return true;
    } catch (UnsupportedLanguageException e) {
      return false;
    }
  }

  private static boolean isPackFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return Files.isRegularFile(file) && !name.startsWith(".")
        && (name.endsWith(".csv") || name.endsWith(".xml"));
  }

  /** The language of a pack is the name of its folder: {@code rules/en/x.csv} is English. */
  private static String languageOf(Path folder) {
    return folder == null || folder.getFileName() == null ? ""
        : folder.getFileName().toString();
  }

  private static void checkUniqueIds(PackContents contents, List<Rule> builtin) {
    Map<String, Rule> byId = new HashMap<>();
    for (Rule rule : builtin) {
      byId.put(rule.id(), rule);
    }
    List<PackRule> unique = new ArrayList<>();
    for (PackRule rule : contents.rules()) {
      Rule earlier = byId.putIfAbsent(rule.id(), rule);
      if (earlier == null) {
        unique.add(rule);
      } else {
        contents.problems().add(new PackProblem(rule.source(), rule.sourceLine(),
            "duplicate id " + rule.id() + " (already defined " + (earlier.sourceLine() > 0
            ? "at " + earlier.source() + ":" + earlier.sourceLine() : "as a " + earlier.source()
            + " rule") + ")"));
      }
    }
    contents.rules().retainAll(unique);
  }

  /** The path as the user would type it, with forward slashes on every system. */
  static String display(Path path) {
    return path.normalize().toString().replace('\\', '/');
  }
}
