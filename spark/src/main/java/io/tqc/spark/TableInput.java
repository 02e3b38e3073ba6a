package io.tqc.spark;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A table of articles: Parquet, CSV (with a header) or JSON Lines, with an {@value #ID} and a
 * {@value #TEXT} column and optionally a {@value #SOURCE} column.
 */
final class TableInput {
  static final String ID = "id";
  static final String TEXT = "text";
  static final String SOURCE = "source";

  private TableInput() {}

  static Dataset<Row> read(SparkSession spark, String format, List<String> paths) {
    String type = switch (format.toLowerCase(Locale.ROOT)) {
      case "parquet" -> "parquet";
      case "csv" -> "csv";
      case "json", "jsonl" -> "json";
      default -> throw new IllegalArgumentException("--table: '" + format
          + "' is not parquet, csv or json");
    };
    Dataset<Row> table = spark.read().format(type).option("header", "true")
        .option("multiLine", type.equals("csv") ? "true" : "false").option("escape", "\"")
        .load(paths.toArray(String[]::new));
    List<String> columns = Arrays.asList(table.columns());
    if (!columns.contains(ID) || !columns.contains(TEXT)) {
      throw new IllegalArgumentException("the table has the columns " + columns + "; it needs "
          + ID + " and " + TEXT + " (and may have " + SOURCE + ")");
    }
    return table;
  }

  static boolean hasSource(Dataset<Row> table) {
    return Arrays.asList(table.columns()).contains(SOURCE);
  }
}
