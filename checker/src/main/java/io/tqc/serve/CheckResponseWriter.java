package io.tqc.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.TextIndex;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;

/**
 * Writes a check's result as LanguageTool 6.8's server writes it (software, warnings, language,
 * matches, sentenceRanges), offsets in UTF-16 code units of the string the client sent. Each
 * match also carries {@code tqc} (rule source, MQM category, severity, and for bilingual text
 * the segment and its source), and the response a top-level {@code tqc} with the verdict; LT's
 * clients ignore fields they do not know.
 */
final class CheckResponseWriter {
  private static final JsonFactory JSON = new JsonFactory();
  /** Characters of context either side of a match, as LanguageTool's server gives. */
  private static final int CONTEXT_CHARS = 40;
  private static final String ELLIPSIS = "...";

  private final RuleCatalog catalog;
  private final ServerInfo info;
  private final VerdictPolicy policy;

  CheckResponseWriter(RuleCatalog catalog, ServerInfo info, VerdictPolicy policy) {
    this.catalog = catalog;
    this.info = info;
    this.policy = policy;
  }

  /** A sentence of the plain text, as a UTF-16 span. */
  private record Sentence(int from, int to, String text) {}

  byte[] write(CheckOutcome outcome) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      AnnotatedInput input = outcome.request().input();
      List<Sentence> sentences = sentences(input.plain(), outcome.language());
      boolean compact = outcome.request().compact();
      json.writeStartObject();
      if (!compact) {
        info.writeSoftware(json, true);
      }
      json.writeObjectFieldStart("warnings");
      json.writeBooleanField("incompleteResults", outcome.incomplete());
      if (outcome.incomplete()) {
        json.writeStringField("incompleteResultsReason", "Results are incomplete: checking "
            + "took longer than this server's time limit");
      }
      json.writeEndObject();
      writeLanguage(json, outcome);
      json.writeArrayFieldStart("matches");
      TextIndex index = outcome.result().document() == null ? new TextIndex(input.plain())
          : outcome.result().document().index();
      for (Finding finding : outcome.findings()) {
        writeMatch(json, finding, outcome.language(), input, index, sentences, compact);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("sentenceRanges");
      for (Sentence sentence : sentences) {
        json.writeStartArray();
        json.writeNumber(input.originalStart(sentence.from()));
        json.writeNumber(input.originalEnd(sentence.from(), sentence.to()));
        json.writeEndArray();
      }
      json.writeEndArray();
      writeSummary(json, outcome);
      json.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  private static void writeLanguage(JsonGenerator json, CheckOutcome outcome)
      throws IOException {
    Language language = outcome.language();
    json.writeObjectFieldStart("language");
    json.writeStringField("name", language.getName());
    json.writeStringField("code", language.getShortCodeWithCountryAndVariant());
    json.writeObjectFieldStart("detectedLanguage");
    json.writeStringField("name", language.getName());
    json.writeStringField("code", language.getShortCodeWithCountryAndVariant());
    json.writeStringField("source", outcome.detected() ? "tqc" : "request");
    json.writeEndObject();
    json.writeEndObject();
  }

  private void writeMatch(JsonGenerator json, Finding finding, Language language,
      AnnotatedInput input, TextIndex index, List<Sentence> sentences, boolean compact)
      throws IOException {
    int from = index.toUtf16(finding.start());
    int to = index.toUtf16(finding.end());
    int offset = input.originalStart(from);
    int end = input.originalEnd(from, to);
    RuleInfo rule = catalog.info(finding, language);
    json.writeStartObject();
    json.writeStringField("message", finding.message());
    json.writeStringField("shortMessage", "");
    json.writeArrayFieldStart("replacements");
    for (String suggestion : finding.suggestions()) {
      json.writeStartObject();
      json.writeStringField("value", suggestion);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("offset", offset);
    json.writeNumberField("length", end - offset);
    if (!compact) {
      writeContext(json, input.original(), offset, end);
      json.writeStringField("sentence", sentenceAt(sentences, from));
    }
    json.writeObjectFieldStart("type");
    json.writeStringField("typeName", rule.typeName());
    json.writeEndObject();
    json.writeObjectFieldStart("rule");
    json.writeStringField("id", finding.ruleId());
    json.writeStringField("description", rule.description());
    json.writeStringField("issueType", rule.issueType());
    if (!rule.urls().isEmpty()) {
      json.writeArrayFieldStart("urls");
      for (String url : rule.urls()) {
        json.writeStartObject();
        json.writeStringField("value", url);
        json.writeEndObject();
      }
      json.writeEndArray();
    }
    json.writeObjectFieldStart("category");
    json.writeStringField("id", rule.categoryId());
    json.writeStringField("name", rule.categoryName());
    json.writeEndObject();
    json.writeEndObject();
    json.writeBooleanField("ignoreForIncompleteSentence", false);
    json.writeNumberField("contextForSureMatch", 0);
    json.writeObjectFieldStart("tqc");
    json.writeStringField("ruleSource", finding.ruleSource());
    json.writeStringField("category", finding.category().toString());
    json.writeStringField("severity", finding.severity().label());
    if (!finding.segment().isEmpty()) {
      json.writeStringField("segment", finding.segment());
      json.writeStringField("source", finding.source());
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeContext(JsonGenerator json, String text, int offset, int end)
      throws IOException {
    int from = Math.max(0, offset - CONTEXT_CHARS);
    int to = Math.min(text.length(), end + CONTEXT_CHARS);
    String prefix = from > 0 ? ELLIPSIS : "";
    String context = prefix + text.substring(from, to).replace('\n', ' ').replace('\r', ' ')
        + (to < text.length() ? ELLIPSIS : "");
    json.writeObjectFieldStart("context");
    json.writeStringField("text", context);
    json.writeNumberField("offset", prefix.length() + offset - from);
    json.writeNumberField("length", end - offset);
    json.writeEndObject();
  }

  private void writeSummary(JsonGenerator json, CheckOutcome outcome) throws IOException {
    DocumentResult kept = outcome.keptResult();
    json.writeObjectFieldStart("tqc");
    json.writeStringField("version", info.tqcVersion());
    json.writeNumberField("words", kept.words());
    json.writeNumberField("penalty", kept.penalty());
    json.writeNumberField("penaltyPer1000Words",
        Math.round(kept.penaltyPer1000Words() * 10) / 10.0);
    json.writeStringField("verdict", outcome.incomplete() ? "" : policy.verdict(kept).label());
    json.writeEndObject();
  }

  private static List<Sentence> sentences(String text, Language language) {
    List<Sentence> sentences = new ArrayList<>();
    int at = 0;
    for (String sentence : language.getSentenceTokenizer().tokenize(text)) {
      int from = at;
      at += sentence.length();
      int to = at;
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      if (to > from) {
        sentences.add(new Sentence(from, to, text.substring(from, to)));
      }
    }
    return sentences;
  }

  private static String sentenceAt(List<Sentence> sentences, int utf16) {
    for (Sentence sentence : sentences) {
      if (utf16 < sentence.to() || sentence == sentences.get(sentences.size() - 1)) {
        return sentence.text();
      }
    }
    return "";
  }
}
