package io.tqc.custom;

import io.tqc.engine.EditorFileText;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.Rule;
import io.tqc.engine.UnsupportedLanguageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and loads rule packs. A rules folder holds one folder per language ({@code rules/en/});
 * in it, {@code glossary.csv} is a glossary, any other {@code *.csv} a rule table and
 * {@code *.xml} a LanguageTool grammar file. The accepted-word list ({@code accept.txt}) is read
 * by the spellers when a language is first used; here it is only decoded, so that a list that
 * cannot be read stops the run before any article is read rather than fail every article.
 * Other files are not packs and are left alone.
 */
public final class RulePackLoader {
  public static final String GLOSSARY_FILE = "glossary.csv";
  /** The accepted-word list LanguageTool's spellers get (io.tqc.rules.AcceptedWords reads it). */
  static final String ACCEPTED_WORDS_FILE = "accept.txt";

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
    List<Integer> rootOfRule = new ArrayList<>();
    for (int root = 0; root < paths.size(); root++) {
      Path path = paths.get(root);
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
      while (rootOfRule.size() < contents.rules().size()) {
        rootOfRule.add(root);
      }
    }
    checkUniqueIds(contents, builtin, rootOfRule);
    if (!contents.problems().isEmpty()) {
      // In file order and line order, as an editor walks through them.
      contents.problems().sort(Comparator.comparing(PackProblem::file)
          .thenComparingInt(PackProblem::line));
      throw new RulePackException(contents.problems());
    }
    return contents;
  }

  /** A folder with pack files or an accepted-word list in it (rather than language folders). */
  private static boolean isLanguageFolder(Path folder) throws IOException {
    try (Stream<Path> children = Files.list(folder)) {
      return children.anyMatch(file -> isPackFile(file) || isAcceptedWords(file));
    }
  }

  private static void loadLanguageFolder(Path folder, PackContents into, Set<Path> seen)
      throws IOException {
    String language = languageOf(folder);
    try (Stream<Path> children = Files.list(folder)) {
      for (Path file : children.sorted().toList()) {
        if (isPackFile(file)) {
          loadFile(file, language, into, seen);
        } else if (isAcceptedWords(file) && seen.add(file.toRealPath())) {
          checkReadable(file, into);
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

  private static void checkReadable(Path file, PackContents into) throws IOException {
    try {
      EditorFileText text = EditorFileText.read(file);
      if (text.guessed()) {
        into.warnings().add(new PackProblem(display(file), 0, text.guessNote()));
      }
    } catch (EditorFileText.UndecodableException e) {
      into.problems().add(new PackProblem(display(file), e.line(), e.getMessage()));
    }
  }

  private static boolean isAcceptedWords(Path file) {
    return Files.isRegularFile(file)
        && file.getFileName().toString().equals(ACCEPTED_WORDS_FILE);
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

  /**
   * Reports every id defined twice at the definition that came second, so the editor who just
   * added a rule sees the error in the file they edited, not in a shipped pack: a built-in rule
   * comes first, then packs in the order of their folders (rules/ before --rules), and within
   * one folder the pack file changed longer ago (a shipped pack is older than the pack an editor
   * is writing, whatever their names), then the earlier line.
   *
   * @param rootOfRule for each loaded rule, the index of the folder it was loaded through
   */
  private static void checkUniqueIds(PackContents contents, List<Rule> builtin,
      List<Integer> rootOfRule) throws IOException {
    Map<String, Rule> builtinById = new HashMap<>();
    for (Rule rule : builtin) {
      builtinById.put(rule.id(), rule);
    }
    Map<String, Long> modified = new HashMap<>();
    Map<PackRule, Integer> loadOrder = new IdentityHashMap<>();
    for (PackRule rule : contents.rules()) {
      loadOrder.put(rule, loadOrder.size());
      if (!modified.containsKey(rule.source())) {
        modified.put(rule.source(), lastModified(rule.source()));
      }
    }
    Comparator<PackRule> firstDefined = Comparator
        .<PackRule>comparingInt(rule -> rootOfRule.get(loadOrder.get(rule)))
        .thenComparingLong(rule -> modified.get(rule.source()))
        .thenComparingInt(loadOrder::get);
    Map<String, List<PackRule>> byId = new LinkedHashMap<>();
    for (PackRule rule : contents.rules()) {
      byId.computeIfAbsent(rule.id(), id -> new ArrayList<>()).add(rule);
    }
    Set<PackRule> duplicates = Collections.newSetFromMap(new IdentityHashMap<>());
    for (List<PackRule> sameId : byId.values()) {
      sameId.sort(firstDefined);
      Rule earlier = builtinById.get(sameId.get(0).id());
      String where = earlier != null ? "as a " + earlier.source() + " rule"
          : "at " + sameId.get(0).source() + ":" + sameId.get(0).sourceLine();
      for (PackRule rule : earlier != null ? sameId : sameId.subList(1, sameId.size())) {
        duplicates.add(rule);
        contents.problems().add(new PackProblem(rule.source(), rule.sourceLine(),
            "duplicate id " + rule.id() + " (already defined " + where + ")"));
      }
    }
    contents.rules().removeIf(duplicates::contains);
  }

  private static long lastModified(String source) throws IOException {
    Path file = Path.of(source);
    return Files.exists(file) ? Files.getLastModifiedTime(file).toMillis() : 0;
  }

  /** The path as the user would type it, with forward slashes on every system. */
  static String display(Path path) {
    return path.normalize().toString().replace('\\', '/');
  }
}
