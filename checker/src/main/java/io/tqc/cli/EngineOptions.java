package io.tqc.cli;

import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.Severity;
import io.tqc.read.ReadLimits;
import io.tqc.read.bilingual.BilingualDocumentReader;
import io.tqc.rules.QuoteHouseStyle;
import io.tqc.setup.EngineSettings;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options that decide which findings a text gets: language, rules, severities, limits.
 * Every command that checks text ({@code check}, {@code serve}) takes them the same way and
 * turns them into the engine's {@link EngineSettings}.
 */
public final class EngineOptions {
  @Option(names = "--lang", paramLabel = "CODE", defaultValue = LanguageResolver.AUTO,
      description = "Language of the articles as a LanguageTool code (en-US, en-GB, de-DE, fr, "
          + "es, pt-PT, it, nl, pl-PL, ru-RU, uk-UA, zh-CN, ja-JP, ...) or 'auto' to detect it "
          + "per document (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--source-lang", paramLabel = "CODE",
      defaultValue = BilingualDocumentReader.AUTO,
      description = "Language of the sources, or 'auto': the one XLIFF and TMX files declare "
          + "(default: ${DEFAULT-VALUE}).")
  String sourceLang;

  @Option(names = "--variant", paramLabel = "LANG=VARIANT", split = ",",
      description = "Variant used when a language is detected or named without one, e.g. "
          + "en=en-GB (defaults: en=en-US, de=de-DE, pt=pt-PT, nl=nl-NL, ca=ca-ES). Repeatable.")
  Map<String, String> variants = new LinkedHashMap<>();

  @Option(names = "--max-text-chars", paramLabel = "N",
      defaultValue = "" + ReadLimits.DEFAULT_MAX_TEXT_CHARS,
      description = "Most characters of text taken from one document; a longer one is reported "
          + "as an error (default: ${DEFAULT-VALUE}).")
  int maxTextChars;

  @Option(names = "--max-compression-ratio", paramLabel = "N",
      defaultValue = "" + ReadLimits.DEFAULT_MAX_COMPRESSION_RATIO,
      description = "Most a compressed document (docx, odt, zip) may expand; a file beyond it "
          + "is reported as a zip bomb (default: ${DEFAULT-VALUE}).")
  int maxCompressionRatio;

  @Option(names = "--max-nesting-depth", paramLabel = "N",
      defaultValue = "" + ReadLimits.DEFAULT_MAX_NESTING_DEPTH,
      description = "Deepest nesting of elements or embedded documents in one file "
          + "(default: ${DEFAULT-VALUE}).")
  int maxNestingDepth;

  @Option(names = "--max-parse-seconds", paramLabel = "S",
      defaultValue = "" + ReadLimits.DEFAULT_MAX_PARSE_SECONDS,
      description = "Most seconds extracting the text of one document may take "
          + "(default: ${DEFAULT-VALUE}).")
  long maxParseSeconds;

  @Option(names = "--max-check-seconds", paramLabel = "S", defaultValue = "120",
      description = "Most seconds checking one document may take; a slower one is stopped and "
          + "reported as an error (default: ${DEFAULT-VALUE}).")
  long maxCheckSeconds;

  @Mixin
  RulePackOptions rulePacks;

  @Option(names = "--disable", paramLabel = "ID", split = ",",
      description = "Turn off these rules (tqc, rule-pack or LanguageTool ids), comma-separated. "
          + "Repeatable. Config key: disable.")
  List<String> disable = new ArrayList<>();

  @Option(names = "--enable", paramLabel = "ID", split = ",",
      description = "Turn on these rules: takes back a --disable (e.g. one from the config file) "
          + "and turns on LanguageTool rules that are off by default. Config key: enable.")
  List<String> enable = new ArrayList<>();

  @Option(names = "--severity", paramLabel = "ID=LEVEL", split = ",",
      description = "Report a rule's findings at another severity (critical, major, minor or "
          + "neutral), e.g. --severity MORFOLOGIK_RULE_EN_US=minor. Repeatable. Config key: "
          + "severity.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(names = "--quotes", paramLabel = "LANG=STYLE", split = ",",
      description = "House style of quotation marks and apostrophes per language: auto (each "
          + "article's majority style; on a tie the language's typographic one), typographic or "
          + "straight, e.g. en=typographic. Repeatable. Config key: quotes.")
  Map<String, QuoteHouseStyle> quotes = new LinkedHashMap<>();

  @Option(names = "--languagetool-only",
      description = "Report LanguageTool's own findings only: no built-in rules, no rule packs, "
          + "no name-aware spelling filter. For measuring what tqc adds.")
  boolean languageToolOnly;

  /** The options as the engine's settings; a bad value is a configuration error. */
  public EngineSettings settings() {
    if (!sourceLang.equals(BilingualDocumentReader.AUTO)
        && !sourceLang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
      throw new ConfigurationException("--source-lang: '" + sourceLang
          + "' is not a language code (zh-CN, en, de-DE) or auto");
    }
    try {
      return new EngineSettings(lang, variants, sourceLang,
          new ReadLimits(maxTextChars, maxCompressionRatio, maxNestingDepth,
              Duration.ofSeconds(maxParseSeconds)),
          new CheckTimeLimit(Duration.ofSeconds(maxCheckSeconds)), rulePacks.folders(),
          Set.copyOf(disable), Set.copyOf(enable),
          severityOverrides(), quotes, languageToolOnly);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  private Map<String, Severity> severityOverrides() {
    Map<String, Severity> overrides = new LinkedHashMap<>();
    severities.forEach((id, level) -> {
      try {
        overrides.put(id.strip(), Severity.parse(level));
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("--severity " + id + "=" + level + ": " + e.getMessage());
      }
    });
    return overrides;
  }
}
