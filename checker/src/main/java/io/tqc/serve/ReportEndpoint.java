package io.tqc.serve;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.VerdictPolicy;
import io.tqc.report.ReportFormat;
import io.tqc.report.Reporter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.languagetool.JLanguageTool;

/**
 * {@code POST /tqc/report?format=csv|html|json&name=NAME}, with the parameters of a check: the
 * findings report {@code tqc check} would write for the text (findings.csv, report.html or
 * findings.json), written in the server's temp folder, sent as a download and deleted.
 */
final class ReportEndpoint implements Endpoint {
  private static final Map<ReportFormat, String> FILES = Map.of(ReportFormat.CSV,
      "findings.csv", ReportFormat.HTML, "report.html", ReportFormat.JSON, "findings.json");
  private static final Map<ReportFormat, String> TYPES = Map.of(ReportFormat.CSV,
      "text/csv; charset=utf-8", ReportFormat.HTML, "text/html; charset=utf-8",
      ReportFormat.JSON, "application/json; charset=utf-8");

  private final CheckService service;
  private final TextLimit limit;
  private final TempFolder temp;
  private final ReportFormat.ReportContext context;

  ReportEndpoint(CheckService service, TextLimit limit, TempFolder temp, VerdictPolicy policy,
      String tqcVersion) {
    this.service = service;
    this.limit = limit;
    this.temp = temp;
    this.context = new ReportFormat.ReportContext(policy, tqcVersion, JLanguageTool.VERSION);
  }

  @Override
  public boolean heavy() {
    return true;
  }

  @Override
  public void handle(Exchange exchange) throws IOException, InterruptedException {
    FormParams query = FormParams.parse(exchange.query(), "");
    String formatName = query.get("format").orElse("csv").toUpperCase(Locale.ROOT);
    ReportFormat format = FILES.keySet().stream().filter(f -> f.name().equals(formatName))
        .findFirst().orElseThrow(() -> ApiException.badRequest("Unknown report format '"
            + formatName.toLowerCase(Locale.ROOT) + "', use csv, html or json"));
    String name = query.get("name").filter(n -> !n.isBlank()).orElse("text");
    DocumentResult kept = service.check(limit.read(exchange), name).keptResult();
    Path folder = temp.newFolder();
    try {
      List<Reporter> reporters = ReportFormat.open(List.of(format), folder, context);
      try {
        for (Reporter reporter : reporters) {
          reporter.document(kept);
          reporter.finish();
        }
      } finally {
        reporters.forEach(Reporter::close);
      }
      String file = FILES.get(format);
      exchange.http().getResponseHeaders().set("Content-Disposition",
          "attachment; filename=\"" + file + "\"");
      exchange.send(200, TYPES.get(format), Files.readAllBytes(folder.resolve(file)));
    } finally {
      TempFolder.delete(folder);
    }
  }
}
