package io.tqc.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.read.TextIndex;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * findings.sarif: the findings as a SARIF 2.1.0 log, for code-review and CI tools. Columns count
 * Unicode code points, as everywhere in tqc; for plain-text inputs line and column point into
 * the file itself, for other formats into the text tqc extracted from it, so every result also
 * carries the flagged text as its snippet. Inputs that could not be read are tool execution
 * notifications.
 */
public final class SarifReporter extends JsonReport {
  public static final String FILE_NAME = "findings.sarif";
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final String version;
  /** Rule id to the category and source of its first finding, for the tool's rule list. */
  private final Map<String, Finding> rules = new LinkedHashMap<>();
  private final Map<String, String> unreadable = new LinkedHashMap<>();

  public SarifReporter(Path folder, String version) throws IOException {
    super(folder.resolve(FILE_NAME));
    this.version = version;
  }

  @Override
  void begin(JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA);
    json.writeStringField("version", "2.1.0");
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeStringField("columnKind", "unicodeCodePoints");
    json.writeArrayFieldStart("results");
  }

  @Override
  void write(JsonGenerator json, DocumentResult result) throws IOException {
    if (result.failed()) {
      unreadable.put(result.file(), result.error());
      return;
    }
    String uri = uri(result.file());
    TextIndex index = result.document().index();
    for (Finding finding : result.findings()) {
      rules.putIfAbsent(finding.ruleId(), finding);
      write(json, uri, finding, index);
    }
  }

  private static void write(JsonGenerator json, String uri, Finding f, TextIndex index)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeStringField("level", level(f.severity()));
    message(json, f.message());
    json.writeArrayFieldStart("locations");
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    artifact(json, uri);
    json.writeObjectFieldStart("region");
    json.writeNumberField("startLine", f.line());
    json.writeNumberField("startColumn", f.column());
    // SARIF's end column is that of the first code point after the region
    json.writeNumberField("endLine", index.line(f.end()));
    json.writeNumberField("endColumn", index.column(f.end()));
    json.writeObjectFieldStart("snippet");
    json.writeStringField("text", f.text());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeStringField("category", f.category().toString());
    json.writeStringField("severity", f.severity().label());
    json.writeStringField("ruleSource", f.ruleSource());
    writeStrings(json, "suggestions", f.suggestions());
    if (!f.segment().isEmpty()) {
      json.writeStringField("segment", f.segment());
      json.writeStringField("source", f.source());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  /**
   * The tool and its rules come after the results: the rules are those the findings used, known
   * only at the end of a streamed run (member order carries no meaning in SARIF's JSON).
   */
  @Override
  void end(JsonGenerator json) throws IOException {
    json.writeEndArray();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", "tqc");
    json.writeStringField("version", version);
    json.writeArrayFieldStart("rules");
    for (Finding first : rules.values()) {
      json.writeStartObject();
      json.writeStringField("id", first.ruleId());
      json.writeObjectFieldStart("properties");
      json.writeStringField("category", first.category().toString());
      json.writeStringField("ruleSource", first.ruleSource());
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("invocations");
    json.writeStartObject();
    json.writeBooleanField("executionSuccessful", unreadable.isEmpty());
    json.writeArrayFieldStart("toolExecutionNotifications");
    for (Map.Entry<String, String> input : unreadable.entrySet()) {
      json.writeStartObject();
      json.writeStringField("level", "error");
      message(json, input.getValue());
      json.writeArrayFieldStart("locations");
      json.writeStartObject();
      json.writeObjectFieldStart("physicalLocation");
      artifact(json, uri(input.getKey()));
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
  }

  /** MQM severities onto SARIF's levels: a critical error must stop a pipeline, a minor not, and
   * neutral style advice is a result with no level of alarm. */
  static String level(Severity severity) {
    return switch (severity) {
      case CRITICAL -> "error";
      case MAJOR -> "warning";
      case MINOR -> "note";
      case NEUTRAL -> "none";
    };
  }

  /**
   * The input's display name as a URI reference: a relative path stays relative (resolved
   * against the folder the check ran in), an absolute one becomes a file URI.
   */
  static String uri(String file) {
    Path path = Path.of(file);
    if (path.isAbsolute()) {
      return path.toUri().toASCIIString();
    }
    String slashed = file.replace(File.separatorChar, '/');
    try {
      // "./" keeps a colon in the first segment from reading as a URI scheme
      String relative = slashed.indexOf(':') >= 0 ? "./" + slashed : slashed;
      return new URI(null, null, relative, null).toASCIIString();
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("no URI for " + file, e);
    }
  }

  private static void message(JsonGenerator json, String text) throws IOException {
    json.writeObjectFieldStart("message");
    json.writeStringField("text", text);
    json.writeEndObject();
  }

  private static void artifact(JsonGenerator json, String uri) throws IOException {
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri);
    json.writeEndObject();
  }
}
