package io.tqc.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.tqc.engine.VerdictPolicy;
import io.tqc.report.CsvLayout;
import io.tqc.report.FindingsCsvReporter;
import io.tqc.report.SummaryCsvReporter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The job's results as tables with findings.csv's and summary.csv's columns, in their order
 * (by file, findings by position), written as Parquet and as CSV part files with the headers.
 * Spark's committer makes each output appear whole, with the rows of a retried task once.
 */
final class ResultTables {
  /** A finding's place in its document, to keep findings.csv's order through the sort. */
  private static final String ORDER = "tqc_finding_order";
  private static final String TOTALS = "totals.csv";

  private final Dataset<Row> summary;
  private final Dataset<Row> findings;

  private ResultTables(Dataset<Row> summary, Dataset<Row> findings) {
    this.summary = summary;
    this.findings = findings;
  }

  static ResultTables of(SparkSession spark, JavaRDD<CheckedDocument> checked) {
    List<String> summaryHeaders = CsvLayout.summary(
        new VerdictPolicy(VerdictPolicy.DEFAULT_PASS_MAX, VerdictPolicy.DEFAULT_FAIL_MIN))
        .headers();
    List<String> findingHeaders = CsvLayout.findings().headers();
    JavaRDD<Row> summaryRows = checked.map(doc -> RowFactory.create((Object[]) doc.summary()));
    JavaRDD<Row> findingRows = checked.flatMap(doc -> {
      List<Row> rows = new ArrayList<>();
      for (int i = 0; i < doc.findings().size(); i++) {
        Object[] cells = Arrays.copyOf(doc.findings().get(i), findingHeaders.size() + 1,
            Object[].class);
        cells[findingHeaders.size()] = i;
        rows.add(RowFactory.create(cells));
      }
      return rows.iterator();
    });
    StructType findingSchema = strings(findingHeaders)
        .add(DataTypes.createStructField(ORDER, DataTypes.IntegerType, false));
    Dataset<Row> summary = spark.createDataFrame(summaryRows, strings(summaryHeaders))
        .orderBy("file");
    Dataset<Row> findings = spark.createDataFrame(findingRows, findingSchema)
        .orderBy(col("file"), col(ORDER)).drop(ORDER);
    return new ResultTables(summary, findings);
  }

  private static StructType strings(List<String> headers) {
    return new StructType(headers.stream()
        .map(h -> DataTypes.createStructField(h, DataTypes.StringType, false))
        .toArray(StructField[]::new));
  }

  /**
   * Writes {@code findings.parquet}, {@code summary.parquet}, {@code findings.csv} and
   * {@code summary.csv} (folders of part files) and {@code totals.csv} under {@code out},
   * replacing what a previous run left there.
   */
  Totals write(String out) {
    summary.write().mode(SaveMode.Overwrite).parquet(out + "/summary.parquet");
    findings.write().mode(SaveMode.Overwrite).parquet(out + "/findings.parquet");
    csv(summary).save(out + "/" + SummaryCsvReporter.FILE_NAME);
    csv(findings).save(out + "/" + FindingsCsvReporter.FILE_NAME);
    Dataset<Row> totals = totals();
    csv(totals.coalesce(1)).save(out + "/" + TOTALS);
    return Totals.of(totals.first());
  }

  /** CSV as tqc writes it: RFC 4180 quoting, cells exactly as they are, a header per part. */
  private static org.apache.spark.sql.DataFrameWriter<Row> csv(Dataset<Row> table) {
    return table.write().mode(SaveMode.Overwrite).format("csv")
        .option("header", "true").option("quote", "\"").option("escape", "\"")
        .option("emptyValue", "").option("nullValue", "")
        .option("ignoreLeadingWhiteSpace", "false").option("ignoreTrailingWhiteSpace", "false")
        .option("lineSep", "\n").option("encoding", "UTF-8");
  }

  private Dataset<Row> totals() {
    Column checkedOk = col("error").equalTo("");
    return summary.agg(
        count(lit(1)).as("documents"),
        sum(when(checkedOk, 0).otherwise(1)).as("errors"),
        sum(when(checkedOk, col("words").cast("long")).otherwise(0)).as("words"),
        sum(col("findings").cast("long")).as("findings"),
        sum(col("critical").cast("long")).as("critical"),
        sum(col("major").cast("long")).as("major"),
        sum(col("minor").cast("long")).as("minor"),
        sum(when(col("verdict").equalTo("pass"), 1).otherwise(0)).as("pass"),
        sum(when(col("verdict").equalTo("review"), 1).otherwise(0)).as("review"),
        sum(when(col("verdict").equalTo("fail"), 1).otherwise(0)).as("fail"));
  }

  /** The run's totals, as totals.csv holds them. */
  record Totals(long documents, long errors, long words, long findings, long critical,
      long major, long minor, long pass, long review, long fail) {
    static Totals of(Row row) {
      return new Totals(row.getLong(0), row.getLong(1), row.getLong(2), row.getLong(3),
          row.getLong(4), row.getLong(5), row.getLong(6), row.getLong(7), row.getLong(8),
          row.getLong(9));
    }

    String describe(String out) {
      return "tqc: " + documents + (documents == 1 ? " document" : " documents") + " checked on "
          + "Spark (" + pass + " pass, " + review + " review, " + fail + " fail, " + errors
          + " not checked), " + findings + (findings == 1 ? " finding" : " findings") + " ("
          + critical + " critical, " + major + " major, " + minor + " minor); reports in "
          + out;
    }
  }
}
