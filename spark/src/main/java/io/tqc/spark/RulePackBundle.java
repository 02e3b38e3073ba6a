package io.tqc.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

/**
 * The rule-pack folders of a run, read on the driver and shipped with the job: an executor on
 * another machine has no {@code rules/} folder of its own. Each folder is written back under its
 * own name (a folder named {@code en} is a language folder), so the packs load as on the driver.
 *
 * @param folders the folders, in the order the settings name them
 * @param digest what the files hold, to tell two bundles apart cheaply
 */
record RulePackBundle(List<Folder> folders, String digest) implements Serializable {

  /**
   * One folder: the path the settings gave (findings name their pack file by it), its name and
   * its files, by path inside it.
   */
  record Folder(String given, String name, List<PackFile> files) implements Serializable {}

  record PackFile(String relativePath, byte[] bytes) implements Serializable {}

  static RulePackBundle read(List<Path> folders) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      List<Folder> read = new ArrayList<>();
      for (Path folder : folders) {
        List<PackFile> files = new ArrayList<>();
        if (Files.isDirectory(folder)) {
          try (Stream<Path> walk = Files.walk(folder)) {
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
              files.add(new PackFile(folder.relativize(file).toString(),
                  Files.readAllBytes(file)));
            }
          }
        } else {
          files.add(new PackFile("", Files.readAllBytes(folder)));
        }
        String name = folder.toAbsolutePath().normalize().getFileName().toString();
        read.add(new Folder(slashes(folder.normalize()), name, files));
        sha.update(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (PackFile file : files) {
          sha.update(file.relativePath().getBytes(java.nio.charset.StandardCharsets.UTF_8));
          sha.update(file.bytes());
        }
      }
      return new RulePackBundle(read, HexFormat.of().formatHex(sha.digest()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the rule packs: " + e.getMessage(), e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writes the folders under {@code root} and returns where each went, in order. */
  List<Path> writeUnder(Path root) throws IOException {
    List<Path> written = new ArrayList<>();
    for (int i = 0; i < folders.size(); i++) {
      Folder folder = folders.get(i);
      Path target = root.resolve(Integer.toString(i)).resolve(folder.name());
      for (PackFile file : folder.files()) {
        Path path = file.relativePath().isEmpty() ? target : target.resolve(file.relativePath());
        Files.createDirectories(path.getParent());
        Files.write(path, file.bytes());
      }
      written.add(target);
    }
    return written;
  }

  /**
   * Names a pack file as the driver's settings do: a finding's rule source is its pack file's
   * path, which must not change with the folder the executor wrote the packs to.
   *
   * @param written the folders as {@link #writeUnder} returned them
   */
  UnaryOperator<String> ruleSourceNames(List<Path> written) {
    return source -> {
      for (int i = 0; i < written.size(); i++) {
        String local = slashes(written.get(i).normalize());
        if (source.equals(local)) {
          return folders.get(i).given();
        }
        if (source.startsWith(local + "/")) {
          return folders.get(i).given() + source.substring(local.length());
        }
      }
      return source;
    };
  }

  /** A path as tqc names pack files: forward slashes on every system. */
  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
