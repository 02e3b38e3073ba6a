package io.tqc.custom;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import io.tqc.engine.EditorFileText;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads a pack CSV as a spreadsheet saves it (RFC 4180: no backslash escapes, so regexes survive)
 * into rows keyed by header name, each with the line it starts on. The encoding is found by
 * {@link EditorFileText}, and the separator from the header row: a comma, or the semicolon that
 * Excel writes where the comma is the decimal sign (German, French), or a tab. Header problems
 * and ragged rows are reported as {@link PackProblem}s.
 */
final class PackCsv {
  private static final char BYTE_ORDER_MARK = '\uFEFF';
  /** In order of preference when a header reads equally well with several. */
  static final List<Character> SEPARATORS = List.of(',', ';', '\t');

  /** One data row: the line it starts on and its cells by column name (absent cells are ""). */
  record Row(int line, Map<String, String> cells) {
    String get(String column) {
      return cells.getOrDefault(column, "").strip();
    }

    /** The cell without stripping, for examples whose spaces matter. */
    String raw(String column) {
      return cells.getOrDefault(column, "");
    }
  }

  /**
   * The rows read, what was wrong, and what the editor should know (a guessed encoding); rows
   * are only returned when the header is sound.
   */
  record Table(List<Row> rows, List<PackProblem> problems, List<PackProblem> warnings) {}

  private PackCsv() {}

  static Table read(Path file, String displayName, List<String> required, List<String> optional)
      throws IOException {
    List<PackProblem> problems = new ArrayList<>();
    List<PackProblem> warnings = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    EditorFileText decoded;
    try {
      decoded = EditorFileText.read(file);
    } catch (EditorFileText.UndecodableException e) {
      problems.add(new PackProblem(displayName, e.line(), e.getMessage()));
      return new Table(rows, problems, warnings);
    }
    if (decoded.guessed()) {
      warnings.add(new PackProblem(displayName, 0, decoded.guessNote()));
    }
    String text = decoded.text();
    char separator = separator(text, required, optional);
    try (CSVReader csv = reader(text, separator)) {
      String[] header = csv.readNext();
      if (header == null) {
        problems.add(new PackProblem(displayName, 1, "the file is empty; the first row must be "
            + "the header: " + String.join(",", required)));
        return new Table(rows, problems, warnings);
      }
      List<String> columns = headerColumns(header, displayName, required, optional, problems);
      if (!problems.isEmpty()) {
        return new Table(List.of(), problems, warnings);
      }
      long linesBefore = csv.getLinesRead();
      String[] cells;
      while ((cells = csv.readNext()) != null) {
        int line = (int) linesBefore + 1;
        linesBefore = csv.getLinesRead();
        if (isBlank(cells)) {
          continue; // spreadsheets leave empty rows of separators behind
        }
        if (cells.length > columns.size() && !isBlankFrom(cells, columns.size())) {
          problems.add(new PackProblem(displayName, line, "the row has " + cells.length
              + " cells but the header has " + columns.size() + " columns (a "
              + separatorName(separator) + " inside a cell needs the cell in double quotes)"));
          continue;
        }
        Map<String, String> byName = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(cells.length, columns.size()); i++) {
          byName.put(columns.get(i), cells[i]);
        }
        rows.add(new Row(line, byName));
      }
    } catch (CsvValidationException e) {
      problems.add(new PackProblem(displayName, (int) e.getLineNumber(),
          "not valid CSV: " + e.getMessage()));
    }
    return new Table(rows, problems, warnings);
  }

  private static CSVReader reader(String text, char separator) {
    return new CSVReaderBuilder(new StringReader(text))
        .withCSVParser(new RFC4180ParserBuilder().withSeparator(separator).build()).build();
  }

  /**
   * The separator under which the header row names the most known columns; the comma when
   * none does better, so that the header problems are told in the usual terms.
   */
  static char separator(String text, List<String> required, List<String> optional) {
    char best = SEPARATORS.get(0);
    int bestKnown = -1;
    for (char candidate : SEPARATORS) {
      String[] header;
      try (CSVReader csv = reader(text, candidate)) {
        header = csv.readNext();
      } catch (IOException | CsvValidationException e) {
        continue; // this separator does not even parse the header; another may
      }
      if (header == null) {
        return best;
      }
      int known = 0;
      for (String cell : header) {
        String name = columnName(cell);
        if (required.contains(name) || optional.contains(name)) {
          known++;
        }
      }
      if (known > bestKnown) {
        best = candidate;
        bestKnown = known;
      }
    }
    return best;
  }

  private static String separatorName(char separator) {
    return switch (separator) {
      case ';' -> "semicolon";
      case '\t' -> "tab";
      default -> "comma";
    };
  }

  private static String columnName(String cell) {
    String name = cell.strip().toLowerCase(Locale.ROOT);
    return !name.isEmpty() && name.charAt(0) == BYTE_ORDER_MARK ? name.substring(1).strip()
        : name;
  }

  private static List<String> headerColumns(String[] header, String displayName,
      List<String> required, List<String> optional, List<PackProblem> problems) {
    List<String> columns = new ArrayList<>();
    for (int i = 0; i < header.length; i++) {
      String name = columnName(header[i]);
      if (name.isEmpty() && i == header.length - 1 && i > 0) {
        continue; // a trailing comma after the last column
      }
      if (!required.contains(name) && !optional.contains(name)) {
        problems.add(new PackProblem(displayName, 1, "unknown column '" + header[i].strip()
            + "' (columns: " + String.join(", ", required) + ", " + String.join(", ",
            optional) + ")"));
      } else if (columns.contains(name)) {
        problems.add(new PackProblem(displayName, 1, "column '" + name + "' appears twice"));
      }
      columns.add(name);
    }
    for (String column : required) {
      if (!columns.contains(column)) {
        problems.add(new PackProblem(displayName, 1, "missing column '" + column + "'"));
      }
    }
    return columns;
  }

  private static boolean isBlank(String[] cells) {
    return isBlankFrom(cells, 0);
  }

  private static boolean isBlankFrom(String[] cells, int from) {
    for (int i = from; i < cells.length; i++) {
      if (!cells[i].isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Reads a pack table into {@code into}: every row becomes a rule, every bad row a problem
   * naming file and line, and every rule its warnings.
   *
   * @param toRule makes a row's rule, or throws IllegalArgumentException saying what is wrong
   * @param warnings what a rule's row lacks that an editor should know of (untested rules)
   */
  static void loadRules(Path file, String displayName, List<String> required,
      List<String> optional, PackContents into, Function<Row, PackRule> toRule,
      Function<PackRule, List<String>> warnings) throws IOException {
    Table table = read(file, displayName, required, optional);
    into.problems().addAll(table.problems());
    into.warnings().addAll(table.warnings());
    for (Row row : table.rows()) {
      try {
        PackRule rule = toRule.apply(row);
        into.rules().add(rule);
        for (String warning : warnings.apply(rule)) {
          into.warnings().add(new PackProblem(displayName, row.line(), rule.id() + ": "
              + warning));
        }
      } catch (IllegalArgumentException e) {
        into.problems().add(new PackProblem(displayName, row.line(), e.getMessage()));
      }
    }
  }
}
