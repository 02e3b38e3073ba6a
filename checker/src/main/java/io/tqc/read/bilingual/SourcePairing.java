package io.tqc.read.bilingual;

import io.tqc.read.InputFiles.Input;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Which source file each target translates ({@code tqc check --source SRC}). SRC is a file for
 * one target, or a folder: a target pairs with the file in SRC at the same relative path whose
 * name is the target's name without its last extension plus any extension
 * ({@code a/story.txt} pairs with {@code SRC/a/story.src} or {@code SRC/a/story.docx}).
 */
public final class SourcePairing {
  /** No --source: every target is monolingual. */
  public static final SourcePairing NONE = new SourcePairing(null, Map.of(), List.of());

  /** What pairing found for one target. */
  public record Match(Path source, String problem, String lookedFor) {}

  private final Path sourceRoot;
  private final Map<Path, Match> matches;
  private final List<Path> unpairedSources;

  private SourcePairing(Path sourceRoot, Map<Path, Match> matches, List<Path> unpairedSources) {
    this.sourceRoot = sourceRoot;
    this.matches = matches;
    this.unpairedSources = unpairedSources;
  }

  /**
   * Pairs the targets found under {@code roots} with the files of {@code source}.
   *
   * @throws IllegalArgumentException when SRC does not exist, or is a file and there is not
   *     exactly one target
   */
  public static SourcePairing of(Path source, List<Path> roots, List<Input> targets) {
    if (!Files.exists(source)) {
      throw new IllegalArgumentException("--source " + source + ": no such file or folder");
    }
    List<Input> readable = targets.stream().filter(t -> !t.skipped()).toList();
    Map<Path, Match> matches = new HashMap<>();
    if (!Files.isDirectory(source)) {
      if (readable.size() != 1) {
        throw new IllegalArgumentException("--source " + source + " is a file, so it pairs "
            + "with one target, but " + readable.size() + " targets were found; name a folder "
            + "of sources instead");
      }
      matches.put(key(readable.get(0).path()), new Match(source, null, source.toString()));
      return new SourcePairing(source, matches, List.of());
    }
    Map<String, List<Path>> byStem = new HashMap<>();
    List<Path> sources = filesUnder(source);
    for (Path file : sources) {
      byStem.computeIfAbsent(stemKey(source.relativize(file)), k -> new ArrayList<>()).add(file);
    }
    Set<Path> used = new LinkedHashSet<>();
    for (Input target : readable) {
      Path relative = relativeTo(roots, target.path());
      String stemKey = stemKey(relative);
      String lookedFor = source.resolve(stemKey) + ".*";
      List<Path> candidates = new ArrayList<>(byStem.getOrDefault(stemKey, List.of()));
      candidates.removeIf(candidate -> sameFile(candidate, target.path()));
      Match match;
      if (candidates.isEmpty()) {
        match = new Match(null, null, lookedFor);
      } else if (candidates.size() > 1) {
        match = new Match(null, "several source files match it (" + String.join(", ",
            candidates.stream().map(Path::toString).toList()) + "): keep one", lookedFor);
        used.addAll(candidates);
      } else {
        match = new Match(candidates.get(0), null, lookedFor);
        used.add(candidates.get(0));
      }
      matches.put(key(target.path()), match);
    }
    List<Path> unpaired = sources.stream().filter(s -> !used.contains(s)).toList();
    return new SourcePairing(source, matches, unpaired);
  }

  public boolean active() {
    return sourceRoot != null;
  }

  /** The source folder or file, null without --source. */
  public Path sourceRoot() {
    return sourceRoot;
  }

  /** What pairing found for a target; a target it never saw has no source. */
  public Match match(Path target) {
    Match match = matches.get(key(target));
    return match != null ? match : new Match(null, null, String.valueOf(sourceRoot));
  }

  /** The inputs with an error row added for each source file no target pairs with. */
  public List<Input> withUnpairedSources(List<Input> inputs) {
    List<Input> all = new ArrayList<>(inputs);
    for (Path source : unpairedSources) {
      all.add(new Input(source, source.toString(), "source file with no target: no checked "
          + "file has the name " + stem(source.getFileName().toString()) + ".* at the same "
          + "place under the target folder"));
    }
    return all;
  }

  private static Path relativeTo(List<Path> roots, Path target) {
    Path absolute = key(target);
    for (Path root : roots) {
      Path rootKey = key(root);
      if (Files.isDirectory(root) && absolute.startsWith(rootKey)) {
        return rootKey.relativize(absolute);
      }
    }
    return target.getFileName();
  }

  /** The relative folder and the name without its last extension, with forward slashes. */
  private static String stemKey(Path relative) {
    Path parent = relative.getParent();
    String stem = stem(relative.getFileName().toString());
    return parent == null ? stem : parent.resolve(stem).toString();
  }

  static String stem(String name) {
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static List<Path> filesUnder(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(p -> !hidden(folder.relativize(p)))
          .sorted(Comparator.comparing(Path::toString)).toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the source folder " + folder, e);
    }
  }

  private static boolean hidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  private static Path key(Path path) {
    return path.toAbsolutePath().normalize();
  }
}
