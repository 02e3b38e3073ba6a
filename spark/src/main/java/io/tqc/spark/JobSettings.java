package io.tqc.spark;

import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.ReadLimits;
import io.tqc.rules.QuoteHouseStyle;
import io.tqc.setup.EngineSettings;
import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * {@link EngineSettings} and the verdict thresholds as they travel to the executors, with the
 * rule packs' files instead of their folders' paths.
 */
record JobSettings(String language, HashMap<String, String> variants, String sourceLanguage,
    int maxTextChars, int maxCompressionRatio, int maxNestingDepth, Duration maxParse,
    Duration maxCheck, RulePackBundle rulePacks, HashSet<String> disabled,
    HashSet<String> enabled, HashMap<String, Severity> severities,
    HashMap<String, QuoteHouseStyle> quotes, boolean languageToolOnly, double passMax,
    double failMin) implements Serializable {

  static JobSettings of(EngineSettings settings, VerdictPolicy policy) {
    ReadLimits limits = settings.readLimits();
    return new JobSettings(settings.language(), new HashMap<>(settings.variants()),
        settings.sourceLanguage(), limits.maxTextChars(), limits.maxCompressionRatio(),
        limits.maxNestingDepth(), limits.maxParseTime(), settings.timeLimit().limit(),
        RulePackBundle.read(settings.ruleFolders()), new HashSet<>(settings.disabled()),
        new HashSet<>(settings.enabled()), new HashMap<>(settings.severities()),
        new HashMap<>(settings.quotes()), settings.languageToolOnly(), policy.passMax(),
        policy.failMin());
  }

  /** The engine's settings, with the rule packs in the folders they were written to. */
  EngineSettings engineSettings(List<Path> ruleFolders) {
    return new EngineSettings(language, Map.copyOf(variants), sourceLanguage,
        new ReadLimits(maxTextChars, maxCompressionRatio, maxNestingDepth, maxParse),
        new CheckTimeLimit(maxCheck), ruleFolders, Set.copyOf(disabled), Set.copyOf(enabled),
        Map.copyOf(severities), Map.copyOf(quotes), languageToolOnly);
  }

  VerdictPolicy verdictPolicy() {
    return new VerdictPolicy(passMax, failMin);
  }

  /**
   * What tells two settings apart for the executor's engine cache: the record's own equality
   * would compare the packs' byte arrays by identity.
   */
  String key() {
    return String.join("\u0000", language, new TreeMap<>(variants).toString(), sourceLanguage,
        maxTextChars + "/" + maxCompressionRatio + "/" + maxNestingDepth + "/" + maxParse + "/"
            + maxCheck, rulePacks.digest(), new TreeSet<>(disabled).toString(),
        new TreeSet<>(enabled).toString(), new TreeMap<>(severities).toString(),
        new TreeMap<>(quotes).toString(), Boolean.toString(languageToolOnly));
  }
}
