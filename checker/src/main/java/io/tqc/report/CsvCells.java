package io.tqc.report;

/**
 * Neutralises cells a spreadsheet would run as a formula, as OWASP recommends against CSV
 * injection: a cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe.
 */
final class CsvCells {
  private CsvCells() {}

  static String safe(String cell) {
    if (cell == null || cell.isEmpty()) {
      return "";
    }
    char first = cell.charAt(0);
    boolean formula = first == '=' || first == '+' || first == '-' || first == '@'
        || first == '\t' || first == '\r';
    return formula ? "'" + cell : cell;
  }
}
