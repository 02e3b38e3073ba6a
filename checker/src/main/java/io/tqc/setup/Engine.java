package io.tqc.setup;

import io.tqc.custom.PackContents;
import io.tqc.custom.PackProblem;
import io.tqc.engine.BatchRunner;
import io.tqc.engine.DocumentChecker;
import io.tqc.engine.FindingFilter;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageRuleSet;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.LanguageToolSession;
import io.tqc.engine.ResultCache;
import io.tqc.engine.Rule;
import io.tqc.engine.RuleSetFingerprint;
import io.tqc.engine.UnsupportedLanguageException;
import io.tqc.read.DocumentReader;
import io.tqc.read.TikaDocumentReader;
import io.tqc.read.bilingual.BilingualDocumentReader;
import io.tqc.read.bilingual.SourcePairing;
import io.tqc.rules.AcceptedWords;
import io.tqc.rules.BuiltinRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.languagetool.Language;

/**
 * A ready checker made from {@link EngineSettings}: the built-in rules and rule packs, one
 * LanguageTool instance per worker thread and language (made on first use, configured with the
 * accepted words and the rules turned on and off), the finding filter and the limits. This is
 * the one place where settings become a checker: {@code tqc check}, {@code tqc serve} and the
 * Spark job each start an engine and hand it documents, so the same settings give the same
 * findings through every door. Safe to use from several threads at once.
 */
public final class Engine {
  private final EngineSettings settings;
  private final List<Rule> rules;
  private final List<PackProblem> packWarnings;
  private final UnknownRuleIds unknownIds;
  private final DocumentChecker checker;

  private Engine(EngineSettings settings, List<Rule> rules, List<PackProblem> packWarnings,
      UnknownRuleIds unknownIds, DocumentChecker checker) {
    this.settings = settings;
    this.rules = List.copyOf(rules);
    this.packWarnings = List.copyOf(packWarnings);
    this.unknownIds = unknownIds;
    this.checker = checker;
  }

  /**
   * Loads the rules and packs and checks the settings; LanguageTool's languages are loaded
   * later, by the first document that needs each.
   *
   * @throws SetupException when the language is unknown or a rule pack is broken
   */
  public static Engine start(EngineSettings settings) {
    LanguageResolver languages = new LanguageResolver(settings.language(), settings.variants());
    try {
      languages.validate();
    } catch (UnsupportedLanguageException e) {
      throw new SetupException(e.getMessage(), e);
    }
    boolean tqcRules = !settings.languageToolOnly();
    List<Rule> builtin = tqcRules ? BuiltinRules.all(settings.quotes()) : List.of();
    List<Rule> everyTqcRule = new ArrayList<>(builtin);
    List<PackProblem> warnings = List.of();
    if (tqcRules) {
      PackContents packs = RulePacks.load(settings.ruleFolders(), builtin);
      everyTqcRule.addAll(packs.rules());
      warnings = packs.warnings();
    }
    Set<String> disabled = settings.effectivelyDisabled();
    List<Rule> active = everyTqcRule.stream().filter(rule -> !disabled.contains(rule.id()))
        .toList();
    UnknownRuleIds unknownIds = new UnknownRuleIds(settings.namedRuleIds(), everyTqcRule);
    Consumer<LanguageToolSession> acceptedWords =
        AcceptedWords.from(tqcRules ? settings.ruleFolders() : List.of());
    LanguageToolPool pool = new LanguageToolPool(session -> {
      unknownIds.learn(session);
      acceptedWords.accept(session);
      disabled.forEach(session.languageTool()::disableRule);
      settings.enabled().forEach(session.languageTool()::enableRule);
    });
    DocumentChecker checker = new DocumentChecker(languages, pool, active,
        new FindingFilter(disabled, settings.severities(), tqcRules), settings.timeLimit());
    return new Engine(settings, active, warnings, unknownIds, checker);
  }

  public EngineSettings settings() {
    return settings;
  }

  /**
   * The language a request names for one text: {@code auto} detects it from the text; a code
   * without a variant gets {@code preferredVariants}' one, else the settings' one.
   *
   * @param preferredVariants language code to variant ({@code en -> en-GB}), over the settings'
   * @throws UnsupportedLanguageException when tqc cannot check the language named or detected
   */
  public Language language(String code, Map<String, String> preferredVariants, String text)
      throws UnsupportedLanguageException {
    Map<String, String> variants = new HashMap<>(settings.variants());
    variants.putAll(preferredVariants);
    return new LanguageResolver(code, variants).resolve(text);
  }

  /** Checks documents already read (text a request sent, a row of a table). */
  public DocumentChecker checker() {
    return checker;
  }

  /** Reads any file tqc reads, pairing targets with their sources as {@code pairing} says. */
  public DocumentReader reader(SourcePairing pairing) {
    return new BilingualDocumentReader(new TikaDocumentReader(settings.readLimits()),
        settings.readLimits(), pairing, settings.sourceLanguage());
  }

  /** Reads and checks files on {@code jobs} threads, taking unchanged ones from the cache. */
  public BatchRunner batch(SourcePairing pairing, int jobs, ResultCache cache) {
    return new BatchRunner(reader(pairing), checker, jobs, cache);
  }

  /** tqc's active rules, built-in and from packs. */
  public List<Rule> rules() {
    return rules;
  }

  /** What the rule packs loaded with, without being broken (a rule without examples...). */
  public List<PackProblem> packWarnings() {
    return packWarnings;
  }

  /**
   * Adds the settings that decide findings to a result cache's key; the rules and packs count
   * per language ({@link #languageRuleSet()}).
   */
  public RuleSetFingerprint.Builder fingerprint(RuleSetFingerprint.Builder builder) {
    return builder
        .add("option:--lang", settings.language())
        .add("option:--variant", settings.variants().toString())
        .add("option:--disable", settings.effectivelyDisabled().toString())
        .add("option:--enable", settings.enabled().toString())
        .add("option:--severity", settings.severities().toString())
        .add("option:--quotes", settings.quotes().toString())
        .add("option:--languagetool-only", Boolean.toString(settings.languageToolOnly()))
        .add("option:--source-lang", settings.sourceLanguage());
  }

  /** The rules and rule-pack files of each language, for a result cache. */
  public LanguageRuleSet languageRuleSet() {
    return new LanguageRuleSet(rules,
        settings.languageToolOnly() ? List.of() : settings.ruleFolders());
  }

  /**
   * A warning naming rule ids in the settings that no rule has, with the closest known id;
   * known once the languages the documents needed are loaded.
   */
  public Optional<String> unknownRuleIdsWarning() {
    return unknownIds.warning();
  }
}
