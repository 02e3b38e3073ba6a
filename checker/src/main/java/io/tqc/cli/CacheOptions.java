package io.tqc.cli;

import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageRuleSet;
import io.tqc.engine.ResultCache;
import io.tqc.engine.ResultCacheTrim;
import io.tqc.engine.RuleSetFingerprint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import picocli.CommandLine.Option;

/** {@code --cache DIR} and {@code --no-cache}: where results of unchanged documents are kept. */
public final class CacheOptions {
  @Option(names = "--cache", paramLabel = "DIR",
      description = "Folder for the results of documents already checked, so that unchanged "
          + "documents are not checked again (default: $XDG_CACHE_HOME/tqc or ~/.cache/tqc; "
          + "safe to delete).")
  Path directory;

  @Option(names = "--no-cache", description = "Check every document, and keep no results.")
  boolean disabled;

  @Option(names = "--cache-max-mb", paramLabel = "MB", defaultValue = "1024",
      description = "Largest size of the cache; after a run the least recently used results "
          + "beyond it are removed (default: ${DEFAULT-VALUE}).")
  long maxMegabytes;

  /**
   * The cache for a run, or a disabled one with {@code --no-cache}.
   *
   * @param fingerprint everything besides the text and the language's rules that decides a
   *     document's findings; see {@link #fingerprint}
   * @param languageRules the rules and rule packs of each language
   */
  ResultCache open(RuleSetFingerprint.Builder fingerprint, LanguageRuleSet languageRules) {
    if (maxMegabytes < 0) {
      throw new ConfigurationException("--cache-max-mb must be 0 or more, not " + maxMegabytes);
    }
    if (disabled) {
      return ResultCache.disabled();
    }
    Path folder = directory != null ? directory
        : ResultCache.defaultLocation(System.getenv(), System.getProperty("user.home"));
    return ResultCache.in(folder, fingerprint.build(), languageRules);
  }

  /**
   * Brings the cache back within {@code --cache-max-mb} after a run.
   *
   * @return what was removed, or nothing when the cache is off or its folder cannot be listed
   *     (the cache is an optimisation: a run never fails because of it)
   */
  Optional<ResultCacheTrim.Trimmed> trim(ResultCache cache) {
    if (!cache.enabled()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ResultCacheTrim.trim(cache.directory(), maxMegabytes << 20,
          Instant.now()));
    } catch (IOException | UncheckedIOException e) {
      return Optional.empty();
    }
  }

  /**
   * The fingerprint parts every check has: tqc's version and code and LanguageTool's version.
   * The engine adds the settings that change findings (language, disabled rules, severity
   * overrides); the rules and rule packs count per language ({@link LanguageRuleSet}).
   */
  static RuleSetFingerprint.Builder fingerprint() {
    return RuleSetFingerprint.builder()
        .add("tqc-version", Version.TQC)
        .add("languagetool-version", LanguageResolver.languageToolVersion())
        .codeOf("tqc-code", CacheOptions.class);
  }
}
