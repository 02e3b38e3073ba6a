package io.tqc.serve;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;

/** What the server says about itself: {@code software}, {@code /v2/info}, {@code /v2/languages}. */
final class ServerInfo {
  private static final JsonFactory JSON = new JsonFactory();
  private final String tqcVersion;

  ServerInfo(String tqcVersion) {
    this.tqcVersion = tqcVersion;
  }

  String tqcVersion() {
    return tqcVersion;
  }

  /** The {@code software} object; a check response adds LanguageTool's API fields. */
  void writeSoftware(JsonGenerator json, boolean check) throws IOException {
    json.writeObjectFieldStart("software");
    json.writeStringField("name", "tqc");
    json.writeStringField("version", tqcVersion);
    json.writeNullField("buildDate");
    if (check) {
      json.writeNumberField("apiVersion", 1);
    } else {
      json.writeNullField("commit");
    }
    json.writeBooleanField("premium", false);
    if (check) {
      json.writeStringField("premiumHint", "");
      json.writeStringField("status", "");
    }
    json.writeStringField("languageTool", JLanguageTool.VERSION);
    json.writeEndObject();
  }

  byte[] info() {
    return json(json -> {
      json.writeStartObject();
      writeSoftware(json, false);
      json.writeEndObject();
    });
  }

  /**
   * Every language with its name, short and long code; a language whose long code has no
   * country also appears as {@code code-COUNTRY} ({@code fr-FR}), as LanguageTool 6.8 lists it
   * because LibreOffice 7.4 asks for those codes.
   */
  byte[] languages() {
    return json(json -> {
      json.writeStartArray();
      Set<String> listed = new LinkedHashSet<>();
      for (Language language : Languages.get()) {
        listed.add(language.getShortCodeWithCountryAndVariant());
      }
      for (Language language : Languages.get()) {
        String longCode = language.getShortCodeWithCountryAndVariant();
        writeLanguage(json, language.getName(), language.getShortCode(), longCode);
        String[] countries = language.getCountries();
        if (!longCode.contains("-") && countries.length > 0 && !countries[0].isEmpty()) {
          String alias = longCode + "-" + countries[0];
          if (listed.add(alias)) {
            writeLanguage(json, language.getName(), language.getShortCode(), alias);
          }
        }
      }
      json.writeEndArray();
    });
  }

  private static void writeLanguage(JsonGenerator json, String name, String code,
      String longCode) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", name);
    json.writeStringField("code", code);
    json.writeStringField("longCode", longCode);
    json.writeEndObject();
  }

  interface JsonBody {
    void write(JsonGenerator json) throws IOException;
  }

  static byte[] json(JsonBody body) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JsonGenerator json = JSON.createGenerator(bytes)) {
      body.write(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
