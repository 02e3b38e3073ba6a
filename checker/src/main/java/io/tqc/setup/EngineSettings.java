package io.tqc.setup;

import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.Severity;
import io.tqc.read.ReadLimits;
import io.tqc.read.bilingual.BilingualDocumentReader;
import io.tqc.rules.QuoteHouseStyle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Everything that decides which findings a document gets, whichever front end asks: the same
 * settings give the same findings in {@code tqc check}, {@code tqc serve} and the Spark job.
 *
 * @param language a LanguageTool code, or {@code auto} to detect it per document
 * @param variants the variant used when a language is detected or named without one
 *     ({@code en -> en-GB})
 * @param sourceLanguage the sources' language, or {@code auto}
 * @param ruleFolders rule-pack folders, each holding language folders or being one
 * @param disabled rule ids turned off (tqc, pack or LanguageTool ids)
 * @param enabled rule ids turned on: takes back a disable, and turns on LanguageTool rules that
 *     are off by default
 * @param severities severity overrides per rule id
 * @param quotes house style of quotation marks per language code
 * @param languageToolOnly LanguageTool's findings only: no built-in rules, no packs, no
 *     name-aware spelling filter
 */
public record EngineSettings(String language, Map<String, String> variants,
    String sourceLanguage, ReadLimits readLimits, CheckTimeLimit timeLimit,
    List<Path> ruleFolders, Set<String> disabled, Set<String> enabled,
    Map<String, Severity> severities, Map<String, QuoteHouseStyle> quotes,
    boolean languageToolOnly) {

  public EngineSettings {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(sourceLanguage, "sourceLanguage");
    Objects.requireNonNull(readLimits, "readLimits");
    Objects.requireNonNull(timeLimit, "timeLimit");
    // Sorted, so that the settings print the same in every run: they are part of the result
    // cache's key.
    variants = Collections.unmodifiableSortedMap(new TreeMap<>(variants));
    ruleFolders = List.copyOf(ruleFolders);
    disabled = Collections.unmodifiableSortedSet(new TreeSet<>(disabled));
    enabled = Collections.unmodifiableSortedSet(new TreeSet<>(enabled));
    severities = Collections.unmodifiableSortedMap(new TreeMap<>(severities));
    quotes = Collections.unmodifiableSortedMap(new TreeMap<>(quotes));
  }

  /** What {@code tqc check} does with no options, with these rule-pack folders. */
  public static EngineSettings defaults(List<Path> ruleFolders) {
    return new EngineSettings(LanguageResolver.AUTO, Map.of(), BilingualDocumentReader.AUTO,
        ReadLimits.defaults(), new CheckTimeLimit(CheckTimeLimit.DEFAULT), ruleFolders,
        Set.of(), Set.of(), Map.of(), Map.of(), false);
  }

  /** The rules turned off: those disabled and not enabled again. */
  public Set<String> effectivelyDisabled() {
    Set<String> off = new LinkedHashSet<>(disabled);
    off.removeAll(enabled);
    return off;
  }

  /** Every id named in the settings, to warn about those no rule has. */
  List<String> namedRuleIds() {
    List<String> named = new ArrayList<>(disabled);
    named.addAll(enabled);
    named.addAll(severities.keySet());
    return named;
  }
}
