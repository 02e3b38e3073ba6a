package io.tqc.read;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands the paths a user names into the files to check: folders recursively, hidden files and
 * folders skipped, include/exclude globs applied, symbolic-link loops entered at most once.
 * Entries that are not regular files are returned as skipped, never opened.
 */
public final class InputFiles {

  /** A file to check, or a path that was skipped with the reason. */
  public record Input(Path path, String displayName, String skipReason) {
    public boolean skipped() {
      return skipReason != null;
    }
  }

  private final List<PathMatcher> includes;
  private final List<PathMatcher> excludes;
  private final Path skippedFolder;

  public InputFiles(List<String> includeGlobs, List<String> excludeGlobs) {
    this(matchers(includeGlobs), matchers(excludeGlobs), null);
  }

  private InputFiles(List<PathMatcher> includes, List<PathMatcher> excludes,
      Path skippedFolder) {
    this.includes = includes;
    this.excludes = excludes;
    this.skippedFolder = skippedFolder;
  }

  /** The same selection without the files under a folder (the sources, inside the targets). */
  public InputFiles skipping(Path folder) {
    return new InputFiles(includes, excludes, folder);
  }

  private static List<PathMatcher> matchers(List<String> globs) {
    List<PathMatcher> matchers = new ArrayList<>();
    for (String glob : globs) {
      matchers.add(FileSystems.getDefault().getPathMatcher("glob:" + glob));
    }
    return matchers;
  }

  /** The inputs under the given paths, sorted by display name, each once. */
  public List<Input> expand(List<Path> roots) {
    Map<String, Input> found = new LinkedHashMap<>();
    for (Path root : roots) {
      if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
        add(found, new Input(root, root.toString(), "no such file or folder"));
      } else if (Files.isDirectory(root)) {
        walk(root, found);
      } else {
        add(found, classify(root, root.toString(), readAttributes(root)));
      }
    }
    List<Input> inputs = new ArrayList<>(found.values());
    inputs.sort(Comparator.comparing(Input::displayName));
    return inputs;
  }

  private void walk(Path root, Map<String, Input> found) {
    try {
      Files.walkFileTree(root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return !dir.equals(root) && (isHidden(dir) || isSkippedFolder(dir))
                  ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              Path relative = root.relativize(file);
              if (!isHidden(file) && selected(relative)) {
                add(found, classify(file, file.toString(), attrs));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              if (e instanceof FileSystemLoopException || isHidden(file)) {
                return FileVisitResult.CONTINUE;
              }
              if (selected(root.relativize(file))) {
                add(found, new Input(file, file.toString(), "cannot open: " + e.getMessage()));
              }
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      add(found, new Input(root, root.toString(), "cannot list the folder: " + e.getMessage()));
    }
  }

  private boolean selected(Path relative) {
    Path name = relative.getFileName();
    boolean included = includes.isEmpty()
        || includes.stream().anyMatch(m -> m.matches(relative) || m.matches(name));
    boolean excluded = excludes.stream().anyMatch(m -> m.matches(relative) || m.matches(name));
    return included && !excluded;
  }

  private static BasicFileAttributes readAttributes(Path path) {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class);
    } catch (IOException e) {
      return null;
    }
  }

  private static Input classify(Path file, String displayName, BasicFileAttributes attrs) {
    if (attrs == null || attrs.isSymbolicLink()) {
      return new Input(file, displayName, "broken symbolic link or unreadable entry; skipped");
    }
    if (attrs.isOther()) {
      return new Input(file, displayName,
          "not a regular file (named pipe, socket or device); skipped without opening it");
    }
    return new Input(file, displayName, null);
  }

  private static void add(Map<String, Input> found, Input input) {
    found.putIfAbsent(input.displayName(), input);
  }

  private boolean isSkippedFolder(Path dir) {
    try {
      return skippedFolder != null && Files.isDirectory(skippedFolder)
          && Files.isSameFile(dir, skippedFolder);
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }
}
