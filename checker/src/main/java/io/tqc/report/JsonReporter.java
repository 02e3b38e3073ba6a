package io.tqc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.RunTotals;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import java.io.IOException;
import java.nio.file.Path;

/**
 * findings.json, for tools: one object per input with the fields of its summary.csv row and its
 * findings (the fields of findings.csv, suggestions as an array), then the run's totals.
 */
public final class JsonReporter extends JsonReport {
  public static final String FILE_NAME = "findings.json";

  private final String version;
  private final String languageToolVersion;
  private final VerdictPolicy policy;
  private final RunTotals totals = new RunTotals();

  public JsonReporter(Path folder, String version, String languageToolVersion,
      VerdictPolicy policy) throws IOException {
    super(folder.resolve(FILE_NAME));
    this.version = version;
    this.languageToolVersion = languageToolVersion;
    this.policy = policy;
  }

  @Override
  void begin(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("tool", "tqc");
    json.writeStringField("version", version);
    json.writeStringField("languagetool_version", languageToolVersion);
    json.writeArrayFieldStart("documents");
  }

  @Override
  void write(JsonGenerator json, DocumentResult result) throws IOException {
    totals.add(result);
    json.writeStartObject();
    json.writeStringField("file", result.file());
    json.writeStringField("language", result.language());
    json.writeNumberField("words", result.words());
    if (result.failed()) {
      json.writeStringField("error", result.error());
    } else {
      json.writeNumberField("critical", result.count(Severity.CRITICAL));
      json.writeNumberField("major", result.count(Severity.MAJOR));
      json.writeNumberField("minor", result.count(Severity.MINOR));
      json.writeFieldName("penalty_per_1000_words");
      json.writeNumber(SummaryCsvReporter.penalty(result));
      json.writeStringField("verdict", policy.verdict(result).label());
    }
    String note = SummaryCsvReporter.note(result);
    if (!note.isEmpty()) {
      json.writeStringField("note", note);
    }
    json.writeArrayFieldStart("findings");
    for (Finding finding : result.findings()) {
      write(json, finding);
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void write(JsonGenerator json, Finding f) throws IOException {
    json.writeStartObject();
    json.writeNumberField("line", f.line());
    json.writeNumberField("column", f.column());
    json.writeNumberField("start", f.start());
    json.writeNumberField("end", f.end());
    json.writeStringField("rule_id", f.ruleId());
    json.writeStringField("rule_source", f.ruleSource());
    json.writeStringField("category", f.category().toString());
    json.writeStringField("severity", f.severity().label());
    json.writeStringField("message", f.message());
    writeStrings(json, "suggestions", f.suggestions());
    json.writeStringField("text", f.text());
    json.writeStringField("context", f.context());
    json.writeStringField("segment", f.segment());
    json.writeStringField("source", f.source());
    json.writeEndObject();
  }

  @Override
  void end(JsonGenerator json) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("totals");
    json.writeNumberField("documents", totals.documents());
    json.writeNumberField("unreadable", totals.unreadable());
    json.writeNumberField("findings", totals.findings());
    json.writeEndObject();
    json.writeEndObject();
  }
}
