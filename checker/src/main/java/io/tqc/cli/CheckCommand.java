package io.tqc.cli;

import io.tqc.custom.PackContents;
import io.tqc.engine.BatchRunner;
import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.DocumentChecker;
import io.tqc.engine.FindingFilter;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageRuleSet;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.LanguageToolSession;
import io.tqc.engine.ResultCache;
import io.tqc.engine.ResultCacheTrim;
import io.tqc.engine.Rule;
import io.tqc.engine.Severity;
import io.tqc.engine.UnsupportedLanguageException;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.InputFiles;
import io.tqc.read.InputFiles.Input;
import io.tqc.read.ReadLimits;
import io.tqc.read.TikaDocumentReader;
import io.tqc.read.bilingual.BilingualDocumentReader;
import io.tqc.read.bilingual.SourcePairing;
import io.tqc.report.FindingsCsvReporter;
import io.tqc.report.HtmlReporter;
import io.tqc.report.JsonReporter;
import io.tqc.report.Reporter;
import io.tqc.report.SarifReporter;
import io.tqc.report.SummaryCsvReporter;
import io.tqc.rules.AcceptedWords;
import io.tqc.rules.BuiltinRules;
import io.tqc.rules.QuoteHouseStyle;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code tqc check}: checks articles and writes findings.csv, summary.csv and report.html, and
 * findings.json and findings.sarif when asked.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Checks translated articles (any format Apache Tika reads) with LanguageTool and tqc's "
            + "rules, and writes findings.csv, summary.csv and report.html (--format adds JSON "
            + "and SARIF) to the --out folder.",
        "Folders are searched recursively; hidden files and folders are skipped."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every article passes (with --fail-on: nothing at or above it)",
        "1:an article fails, or needs review with --review-exit fail (with --fail-on: findings "
            + "at or above it)",
        "2:usage or configuration error",
        "3:some inputs could not be read or checked (a language tqc cannot check included)",
        "130:interrupted"})
public final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files and folders to check.")
  List<Path> paths;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
      description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "csv,html",
      description = "Reports to write, comma-separated: csv (findings.csv and summary.csv), html "
          + "(report.html), json (findings.json), sarif (findings.sarif, SARIF 2.1.0) "
          + "(default: ${DEFAULT-VALUE}). Config key: format.")
  Set<ReportFormat> formats;

  @Option(names = "--lang", paramLabel = "CODE", defaultValue = LanguageResolver.AUTO,
      description = "Language of the articles as a LanguageTool code (en-US, en-GB, de-DE, fr, "
          + "es, pt-PT, it, nl, pl-PL, ru-RU, uk-UA, zh-CN, ja-JP, ...) or 'auto' to detect it "
          + "per document (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--source", paramLabel = "SRC",
      description = "Check translations against their source: a source file (for one target) or "
          + "a folder where a/story.txt pairs with a/story.* (any format). See \"Bilingual "
          + "input\" in the README.")
  Path source;

  @Option(names = "--source-lang", paramLabel = "CODE", defaultValue = "auto",
      description = "Language of the sources, or 'auto': the one XLIFF and TMX files declare "
          + "(default: ${DEFAULT-VALUE}).")
  String sourceLang;

  @Option(names = "--variant", paramLabel = "LANG=VARIANT", split = ",",
      description = "Variant used when a language is detected or named without one, e.g. "
          + "en=en-GB (defaults: en=en-US, de=de-DE, pt=pt-PT, nl=nl-NL, ca=ca-ES). Repeatable.")
  Map<String, String> variants = new LinkedHashMap<>();

  @Option(names = "--include", paramLabel = "GLOB",
      description = "Only check files whose name or path inside a folder matches. Repeatable.")
  List<String> includes = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "GLOB",
      description = "Skip files whose name or path inside a folder matches. Repeatable.")
  List<String> excludes = new ArrayList<>();

  @Option(names = "--jobs", paramLabel = "N",
      description = "Files checked in parallel (default: the number of processors, here "
          + "${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Exit with 1 when a finding is at or above this severity (critical, major, "
          + "minor, neutral, or none for never) instead of when an article's verdict fails. "
          + "Config key: fail-on.")
  String failOn;

  @Option(names = "--review-exit", paramLabel = "pass|fail", defaultValue = "fail",
      description = "Whether an article whose verdict is review exits as a pass (0) or a "
          + "failure (1); ignored with --fail-on (default: ${DEFAULT-VALUE}). Config key: "
          + "review-exit.")
  ReviewExit reviewExit;

  @Option(names = "--pass-max", paramLabel = "PENALTY",
      defaultValue = "" + VerdictPolicy.DEFAULT_PASS_MAX,
      description = "Highest MQM penalty per 1000 words that still passes (default: "
          + "${DEFAULT-VALUE}).")
  double passMax;

  @Option(names = "--fail-min", paramLabel = "PENALTY",
      defaultValue = "" + VerdictPolicy.DEFAULT_FAIL_MIN,
      description = "Lowest MQM penalty per 1000 words that fails; between the two thresholds "
          + "the verdict is 'review' (default: ${DEFAULT-VALUE}).")
  double failMin;

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
      description = "Report a rule's findings at another severity (critical, major, minor or neutral), "
          + "e.g. --severity MORFOLOGIK_RULE_EN_US=minor. Repeatable. Config key: severity.")
  Map<String, String> severities = new LinkedHashMap<>();

  @Option(names = "--quotes", paramLabel = "LANG=STYLE", split = ",",
      description = "House style of quotation marks and apostrophes per language: auto (each "
          + "article's majority style; on a tie the language's typographic one), typographic or "
          + "straight, e.g. en=typographic. Repeatable. Config key: quotes.")
  Map<String, QuoteHouseStyle> quotes = new LinkedHashMap<>();

  @Option(names = "--config", paramLabel = "FILE",
      description = "Read default option values from this properties file instead of "
          + "tqc.properties in the working directory; options on the command line win. Keys are "
          + "the long option names without dashes (lang=en-GB, disable=A,B).")
  Path config;

  @Option(names = "--languagetool-only",
      description = "Report LanguageTool's own findings only: no built-in rules, no rule packs, "
          + "no name-aware spelling filter. For measuring what tqc adds.")
  boolean languageToolOnly;

  @Mixin
  CacheOptions cacheOptions;

  @Option(names = {"-q", "--quiet"}, description = "No progress or summary on stderr.")
  boolean quiet;

  @Option(names = {"-v", "--verbose"}, description = "Stack traces for internal errors.")
  boolean verbose;

  @Override
  public Integer call() {
    try (InterruptGuard guard = new InterruptGuard(spec.commandLine().getErr())) {
      return check(guard);
    }
  }

  private int check(InterruptGuard guard) {
    VerdictPolicy policy = verdictPolicy();
    ExitRule exitRule = failOn == null ? ExitRule.byVerdict(policy, reviewExit)
        : ExitRule.bySeverity(parseFailOn());
    if (jobs < 1) {
      throw new ConfigurationException("--jobs must be at least 1, got " + jobs);
    }
    LanguageResolver languages = new LanguageResolver(lang, variants);
    try {
      languages.validate();
    } catch (UnsupportedLanguageException e) {
      throw new ConfigurationException(e.getMessage());
    }
    ReadLimits readLimits;
    CheckTimeLimit timeLimit;
    try {
      readLimits = new ReadLimits(maxTextChars, maxCompressionRatio, maxNestingDepth,
          Duration.ofSeconds(maxParseSeconds));
      timeLimit = new CheckTimeLimit(Duration.ofSeconds(maxCheckSeconds));
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
    InputFiles files = new InputFiles(includes, excludes);
    List<Input> inputs = (source == null ? files : files.skipping(source)).expand(paths);
    if (inputs.isEmpty()) {
      throw new ConfigurationException(noFilesMessage());
    }
    SourcePairing pairing = pairSources(inputs);
    inputs = pairing.withUnpairedSources(inputs);
    List<Rule> builtin = languageToolOnly ? List.of() : BuiltinRules.all(quotes);
    PackContents packs = languageToolOnly ? new PackContents(List.of(), List.of(), List.of())
        : rulePacks.load(builtin);
    Set<String> disabled = new LinkedHashSet<>(disable);
    disabled.removeAll(enable);
    List<Rule> allTqcRules = new ArrayList<>(builtin);
    allTqcRules.addAll(packs.rules());
    List<Rule> rules = new ArrayList<>(allTqcRules);
    rules.removeIf(rule -> disabled.contains(rule.id()));
    List<Path> ruleFolders = languageToolOnly ? List.of() : rulePacks.folders();
    Consumer<LanguageToolSession> acceptedWords = AcceptedWords.from(ruleFolders);
    Map<String, Severity> severityOverrides = severityOverrides();
    List<String> namedIds = new ArrayList<>(disable);
    namedIds.addAll(enable);
    namedIds.addAll(severityOverrides.keySet());
    UnknownRuleIds unknownIds = new UnknownRuleIds(namedIds, allTqcRules);
    LanguageToolPool pool = new LanguageToolPool(session -> {
      unknownIds.learn(session);
      acceptedWords.accept(session);
      disabled.forEach(session.languageTool()::disableRule);
      enable.forEach(session.languageTool()::enableRule);
    });
    DocumentChecker checker = new DocumentChecker(languages, pool, rules,
        new FindingFilter(disabled, severityOverrides, !languageToolOnly), timeLimit);
    ResultCache cache = cacheOptions.open(
        CacheOptions.fingerprint(lang, variants)
            .add("option:--disable", disabled.toString())
            .add("option:--enable", enable.toString())
            .add("option:--severity", new java.util.TreeMap<>(severities).toString())
            .add("option:--quotes", new java.util.TreeMap<>(quotes).toString())
            .add("option:--languagetool-only", Boolean.toString(languageToolOnly))
            .add("option:--source-lang", sourceLang),
        new LanguageRuleSet(rules, ruleFolders));
    BatchRunner runner = new BatchRunner(new BilingualDocumentReader(
        new TikaDocumentReader(readLimits), readLimits, pairing, sourceLang), checker, jobs, cache);
    RunTally tally = new RunTally(exitRule);
    PrintWriter err = spec.commandLine().getErr();
    Progress progress = new Progress(err, inputs.size(), quiet);
    List<Reporter> reporters = openReporters(policy, guard);
    try {
      runner.run(inputs, result -> {
        tally.add(result);
        progress.done(result);
        if (result.failed() && !quiet) {
          progress.println("tqc: " + result.file() + ": " + result.error());
        }
        for (Reporter reporter : reporters) {
          try {
            reporter.document(result);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      });
      for (Reporter reporter : reporters) {
        reporter.finish();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      err.println("tqc: interrupted; the previous reports are left as they were");
      return ExitCodes.INTERRUPTED;
    } catch (IOException e) {
      throw new ConfigurationException("cannot write the reports in " + out + ": "
          + IoProblem.describe(e), e);
    } catch (UncheckedIOException e) {
      throw new ConfigurationException("cannot write the reports in " + out + ": "
          + IoProblem.describe(e.getCause()), e);
    } finally {
      reporters.forEach(Reporter::close);
    }
    progress.finish();
    unknownIds.warning().ifPresent(err::println);
    Optional<ResultCacheTrim.Trimmed> trimmed = cacheOptions.trim(cache);
    if (!quiet) {
      err.println(tally.describe(out));
      if (cache.hits() > 0) {
        err.println(describeHits(cache));
      }
      trimmed.filter(t -> t.entries() > 0).ifPresent(t -> err.println("tqc: removed "
          + t.entries() + (t.entries() == 1 ? " result" : " results") + " from the cache, least "
          + "recently used first, to keep it within " + cacheOptions.maxMegabytes + " MB"));
    }
    return tally.exitCode();
  }

  private SourcePairing pairSources(List<Input> inputs) {
    if (!sourceLang.equals(BilingualDocumentReader.AUTO)
        && !sourceLang.matches("[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*")) {
      throw new ConfigurationException("--source-lang: '" + sourceLang
          + "' is not a language code (zh-CN, en, de-DE) or auto");
    }
    if (source == null) {
      return SourcePairing.NONE;
    }
    try {
      return SourcePairing.of(source, paths, inputs);
    } catch (IllegalArgumentException | UncheckedIOException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }

  /** Why there is nothing to check: empty folders, or filters that leave no file. */
  private String noFilesMessage() {
    String named = String.join(", ", paths.stream().map(Path::toString).toList());
    String filtered = includes.isEmpty() && excludes.isEmpty() ? ""
        : " that --include and --exclude let through";
    return "no files to check in " + named + ": no files" + filtered
        + " (hidden files and folders are skipped)";
  }

  /**
   * A hit is a text checked before: in an earlier run, or in this one under another file name
   * (the same article in several formats), so "unchanged" would not always be true.
   */
  private static String describeHits(ResultCache cache) {
    boolean one = cache.hits() == 1;
    return "tqc: " + cache.hits() + (one ? " document" : " documents")
        + " taken from the cache in " + cache.directory() + ": "
        + (one ? "its text was checked before (--no-cache checks it again)"
            : "their text was checked before (--no-cache checks them again)");
  }

  private List<Reporter> openReporters(VerdictPolicy policy, InterruptGuard guard) {
    List<Reporter> reporters = new ArrayList<>();
    try {
      if (formats.contains(ReportFormat.CSV)) {
        reporters.add(guard.watch(new FindingsCsvReporter(out)));
        reporters.add(guard.watch(new SummaryCsvReporter(out, policy)));
      }
      if (formats.contains(ReportFormat.HTML)) {
        reporters.add(guard.watch(new HtmlReporter(out, policy)));
      }
      if (formats.contains(ReportFormat.JSON)) {
        reporters.add(guard.watch(new JsonReporter(out, Version.TQC,
            LanguageResolver.languageToolVersion(), policy)));
      }
      if (formats.contains(ReportFormat.SARIF)) {
        reporters.add(guard.watch(new SarifReporter(out, Version.TQC)));
      }
    } catch (IOException e) {
      reporters.forEach(Reporter::close);
      throw new ConfigurationException("cannot write the reports in " + out + ": "
          + IoProblem.describe(e), e);
    }
    return reporters;
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

  private Severity parseFailOn() {
    if (failOn.equalsIgnoreCase("none")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("--fail-on: " + e.getMessage() + " or none");
    }
  }

  private VerdictPolicy verdictPolicy() {
    try {
      return new VerdictPolicy(passMax, failMin);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("--pass-max/--fail-min: " + e.getMessage());
    }
  }
}
