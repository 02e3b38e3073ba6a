package io.tqc.cli;

/** The reports {@code tqc check --format} can write; picocli matches the names in any case. */
enum ReportFormat {
  CSV,
  HTML,
  JSON,
  SARIF
}
