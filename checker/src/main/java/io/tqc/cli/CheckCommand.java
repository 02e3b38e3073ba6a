package io.tqc.cli;

import io.tqc.engine.BatchRunner;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.ResultCache;
import io.tqc.engine.ResultCacheTrim;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.InputFiles;
import io.tqc.read.InputFiles.Input;
import io.tqc.read.bilingual.SourcePairing;
import io.tqc.report.ReportFormat;
import io.tqc.report.Reporter;
import io.tqc.setup.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
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

  @Mixin
  EngineOptions engineOptions;

  @Option(names = "--source", paramLabel = "SRC",
      description = "Check translations against their source: a source file (for one target) or "
          + "a folder where a/story.txt pairs with a/story.* (any format). See \"Bilingual "
          + "input\" in the README.")
  Path source;

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

  @Mixin
  VerdictOptions verdictOptions;

  @Mixin
  ConfigOption configOption;

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
    VerdictPolicy policy = verdictOptions.policy();
    ExitRule exitRule = failOn == null ? ExitRule.byVerdict(policy, reviewExit)
        : ExitRule.bySeverity(parseFailOn());
    if (jobs < 1) {
      throw new ConfigurationException("--jobs must be at least 1, got " + jobs);
    }
    Engine engine = Engine.start(engineOptions.settings());
    InputFiles files = new InputFiles(includes, excludes);
    List<Input> inputs = (source == null ? files : files.skipping(source)).expand(paths);
    if (inputs.isEmpty()) {
      throw new ConfigurationException(noFilesMessage());
    }
    SourcePairing pairing = pairSources(inputs);
    inputs = pairing.withUnpairedSources(inputs);
    ResultCache cache = cacheOptions.open(engine.fingerprint(CacheOptions.fingerprint()),
        engine.languageRuleSet());
    BatchRunner runner = engine.batch(pairing, jobs, cache);
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
    engine.unknownRuleIdsWarning().ifPresent(err::println);
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
    try {
      List<Reporter> reporters = ReportFormat.open(formats, out, new ReportFormat.ReportContext(
          policy, Version.TQC, LanguageResolver.languageToolVersion()));
      reporters.forEach(guard::watch);
      return reporters;
    } catch (IOException e) {
      throw new ConfigurationException("cannot write the reports in " + out + ": "
          + IoProblem.describe(e), e);
    }
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
}
