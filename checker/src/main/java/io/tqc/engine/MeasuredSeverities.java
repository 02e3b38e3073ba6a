package io.tqc.engine;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Severities of LanguageTool rules decided on annotated data rather than by their LanguageTool
 * category: the rows of {@code measured-severities.csv}, which {@code scripts/evaluate.py
 * --write-decisions} writes from its cross-validated decision rule. A row names a language (the
 * two-letter code, or {@code *} for every language: LanguageTool uses some rule ids in several
 * languages, with different precision) and a rule id or LanguageTool category id. The language's
 * own row wins over {@code *}, and a rule's id over its category.
 *
 * <p>Columns: {@code language,rule,severity,category_severity,reason}. {@code category_severity}
 * is what the category table gives the rule; the evaluation script reads it back so that a rule
 * it demoted can be judged again on the next run.
 */
public final class MeasuredSeverities {
  static final String RESOURCE = "measured-severities.csv";
  private static final List<String> HEADER =
      List.of("language", "rule", "severity", "category_severity", "reason");
  private static final String ALL_LANGUAGES = "*";
  private static final MeasuredSeverities SHIPPED = loadShipped();

  private final Map<String, Severity> byKey;

  private MeasuredSeverities(Map<String, Severity> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** The decisions shipped with tqc. */
  public static MeasuredSeverities shipped() {
    return SHIPPED;
  }

  /**
   * The decided severity for a rule id, else for its category id, in the language (a two-letter
   * code), else in every language; empty if none is decided.
   */
  public Optional<Severity> of(String language, String ruleId, String categoryId) {
    for (String key : List.of(key(language, ruleId), key(language, categoryId),
        key(ALL_LANGUAGES, ruleId), key(ALL_LANGUAGES, categoryId))) {
      Severity severity = byKey.get(key);
      if (severity != null) {
        return Optional.of(severity);
      }
    }
    return Optional.empty();
  }

  private static String key(String language, String rule) {
    return language + ":" + rule;
  }

  /** How many rules and categories have a decided severity. */
  public int size() {
    return byKey.size();
  }

  /**
   * Reads the table; a broken table is a build defect, so it fails with the name and line of the
   * problem rather than being skipped.
   */
  static MeasuredSeverities read(Reader in, String name) throws IOException {
    Map<String, Severity> byKey = new HashMap<>();
    try (CSVReader csv = new CSVReaderBuilder(in)
        .withCSVParser(new RFC4180ParserBuilder().build()).build()) {
      String[] header = csv.readNext();
      if (header == null || !List.of(header).equals(HEADER)) {
        throw new IllegalStateException(name + ": line 1: the header must be "
            + String.join(",", HEADER));
      }
      long linesBefore = csv.getLinesRead();
      String[] cells;
      while ((cells = csv.readNext()) != null) {
        long line = linesBefore + 1;
        linesBefore = csv.getLinesRead();
        if (cells.length != HEADER.size()) {
          throw new IllegalStateException(name + ": line " + line + ": " + cells.length
              + " cells, expected " + HEADER.size());
        }
        String language = cells[0].strip();
        String rule = cells[1].strip();
        if (language.isEmpty() || rule.isEmpty()) {
          throw new IllegalStateException(name + ": line " + line
              + ": the language and the rule must not be empty");
        }
        Severity severity;
        try {
          severity = Severity.parse(cells[2]);
          Severity.parse(cells[3]);
        } catch (IllegalArgumentException e) {
          throw new IllegalStateException(name + ": line " + line + ": " + e.getMessage(), e);
        }
        if (byKey.putIfAbsent(key(language, rule), severity) != null) {
          throw new IllegalStateException(name + ": line " + line + ": " + rule + " in "
              + language + " is listed twice");
        }
      }
    } catch (CsvValidationException e) {
      throw new IllegalStateException(name + ": " + e.getMessage(), e);
    }
    return new MeasuredSeverities(byKey);
  }

  private static MeasuredSeverities loadShipped() {
    try (InputStream stream = MeasuredSeverities.class.getResourceAsStream(RESOURCE)) {
      if (stream == null) {
        throw new IllegalStateException("resource " + RESOURCE + " is missing from the build");
      }
      return read(new InputStreamReader(stream, StandardCharsets.UTF_8), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
