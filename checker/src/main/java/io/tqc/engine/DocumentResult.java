package io.tqc.engine;

import io.tqc.read.Document;
import java.util.List;

/**
 * What checking one input produced: its findings, or the error that stopped it.
 *
 * @param file display name of the input
 * @param document the document read, null when it could not be read
 * @param language the language code it was checked in, empty when unknown
 * @param words word count of the document
 * @param findings findings sorted by offset
 * @param error why the input could not be checked, null when it was
 * @param silencedSpellingAlarms spelling alarms dropped because the document uses the word as a
 *     name
 * @param unsupportedLanguage whether the document was read but not checked because tqc cannot
 *     check its language (then {@code error} names the language)
 */
public record DocumentResult(
    String file,
    Document document,
    String language,
    int words,
    List<Finding> findings,
    String error,
    int silencedSpellingAlarms,
    boolean unsupportedLanguage) {

  public DocumentResult {
    findings = List.copyOf(findings);
    language = language == null ? "" : language;
  }

  /** A result that is not about an unsupported language. */
  public DocumentResult(String file, Document document, String language, int words,
      List<Finding> findings, String error, int silencedSpellingAlarms) {
    this(file, document, language, words, findings, error, silencedSpellingAlarms, false);
  }

  public static DocumentResult failed(String file, Document document, String language,
      String error) {
    int words = document == null ? 0 : document.words();
    return new DocumentResult(file, document, language, words, List.of(), error, 0);
  }

  /** A document that was read but not checked: tqc cannot check its language. */
  public static DocumentResult unsupportedLanguage(String file, Document document,
      String error) {
    return new DocumentResult(file, document, "", document.words(), List.of(), error, 0, true);
  }

  public boolean failed() {
    return error != null;
  }

  public int count(Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }

  /** MQM penalty: the severity weights of all findings added up. */
  public int penalty() {
    return findings.stream().mapToInt(f -> f.severity().weight()).sum();
  }

  /** MQM penalty per 1000 words, 0 for a document without words. */
  public double penaltyPer1000Words() {
    return words == 0 ? 0 : penalty() * 1000.0 / words;
  }
}
