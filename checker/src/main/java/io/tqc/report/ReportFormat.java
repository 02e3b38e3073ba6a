package io.tqc.report;

import io.tqc.engine.VerdictPolicy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The report formats, each making its own reporters, so a new format is one constant here and
 * one reporter class. picocli matches the names in any case ({@code --format csv,json}).
 */
public enum ReportFormat {
  /** findings.csv and summary.csv. */
  CSV {
    @Override
    List<Reporter> reporters(Path folder, ReportContext context) throws IOException {
      Reporter findings = new FindingsCsvReporter(folder);
      try {
        return List.of(findings, new SummaryCsvReporter(folder, context.policy()));
      } catch (IOException | RuntimeException e) {
        findings.close();
        throw e;
      }
    }
  },
  /** report.html. */
  HTML {
    @Override
    List<Reporter> reporters(Path folder, ReportContext context) throws IOException {
      return List.of(new HtmlReporter(folder, context.policy()));
    }
  },
  /** findings.json. */
  JSON {
    @Override
    List<Reporter> reporters(Path folder, ReportContext context) throws IOException {
      return List.of(new JsonReporter(folder, context.tqcVersion(),
          context.languageToolVersion(), context.policy()));
    }
  },
  /** findings.sarif, SARIF 2.1.0. */
  SARIF {
    @Override
    List<Reporter> reporters(Path folder, ReportContext context) throws IOException {
      return List.of(new SarifReporter(folder, context.tqcVersion()));
    }
  };

  /**
   * What the reports say about the run besides its results.
   *
   * @param policy the verdict thresholds
   * @param tqcVersion tqc's version, for the reports that name their tool
   * @param languageToolVersion LanguageTool's version, likewise
   */
  public record ReportContext(VerdictPolicy policy, String tqcVersion,
      String languageToolVersion) {}

  /** Opens this format's reporters writing into {@code folder}. */
  abstract List<Reporter> reporters(Path folder, ReportContext context) throws IOException;

  /**
   * Opens the reporters of every format in {@code formats}, in the constants' order; when one
   * cannot be opened, those already open are closed (nothing is left half-written).
   */
  public static List<Reporter> open(Iterable<ReportFormat> formats, Path folder,
      ReportContext context) throws IOException {
    EnumSet<ReportFormat> wanted = EnumSet.noneOf(ReportFormat.class);
    formats.forEach(wanted::add);
    List<Reporter> opened = new ArrayList<>();
    try {
      for (ReportFormat format : wanted) {
        opened.addAll(format.reporters(folder, context));
      }
    } catch (IOException | RuntimeException e) {
      opened.forEach(Reporter::close);
      throw e;
    }
    return List.copyOf(opened);
  }
}
