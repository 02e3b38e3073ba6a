package io.tqc.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Everything besides a document's text and its language's rules that decides its findings, as
 * one SHA-256 hex string: tqc's and LanguageTool's versions, the code of tqc itself and the
 * options that change findings. The result cache keys its entries on it, so changing any of
 * these is a cache miss for every document; {@link LanguageRuleSet} uses it for the rules and
 * rule packs of one language.
 *
 * <p>Entries are sorted by name, so the order in which the command line adds them does not
 * matter.
 */
public final class RuleSetFingerprint {
  private final String hex;

  private RuleSetFingerprint(String hex) {
    this.hex = hex;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String hex() {
    return hex;
  }

  @Override
  public String toString() {
    return hex;
  }

  /** Collects named parts of the fingerprint. */
  public static final class Builder {
    private final Map<String, String> parts = new TreeMap<>();

    private Builder() {}

    /** A named value, e.g. {@code option:--lang -> en-US}. Adding a name twice is an error. */
    public Builder add(String name, String value) {
      if (parts.putIfAbsent(name, value == null ? "\u0000null" : value) != null) {
        throw new IllegalArgumentException("fingerprint part added twice: " + name);
      }
      return this;
    }

    /** The ids of the rules that run, in any order. */
    public Builder rules(String name, List<String> ruleIds) {
      return add(name, String.join(",", ruleIds.stream().sorted().toList()));
    }

    /**
     * The code a class was loaded from (its classes folder or jar), so that a rebuilt tqc with
     * the same version number still invalidates cached results.
     */
    public Builder codeOf(String name, Class<?> type) {
      Path location;
      try {
        var source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
          return add(name, "unknown");
        }
        location = Path.of(source.getLocation().toURI());
      } catch (URISyntaxException | SecurityException | IllegalArgumentException e) {
        return add(name, "unknown");
      }
      return add(name, hashTree(location));
    }

    public RuleSetFingerprint build() {
      MessageDigest digest = sha256();
      for (Map.Entry<String, String> part : parts.entrySet()) {
        update(digest, part.getKey());
        update(digest, part.getValue());
      }
      return new RuleSetFingerprint(HexFormat.of().formatHex(digest.digest()));
    }

  }

  /** Adds a value with its length, so that "ab"+"c" and "a"+"bc" differ. */
  private static void update(MessageDigest digest, String value) {
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    digest.update((byte) ':');
    digest.update(bytes);
  }

  static String hashTree(Path folder) {
    return hashTree(folder, file -> true);
  }

  /**
   * The regular files under a folder that a filter accepts, by relative path and content; a
   * file stands for itself (a rule pack can be named directly).
   */
  static String hashTree(Path folder, Predicate<Path> filter) {
    if (!Files.exists(folder)) {
      return "absent";
    }
    MessageDigest digest = sha256();
    try (Stream<Path> files = Files.walk(folder)) {
      for (Path file : files.filter(Files::isRegularFile).filter(filter).sorted().toList()) {
        update(digest, folder.relativize(file).toString().replace('\\', '/'));
        update(digest, hashFile(file));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + folder + " for the cache key", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static String hashFile(Path file) {
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + " for the cache key", e);
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
