package io.tqc.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The Spark job: checks files (each read by tqc's reader, as {@code tqc check} reads it) or the
 * rows of a table with one engine per executor, and writes the findings, the summary and the
 * run's totals.
 *
 * @param settings the engine's settings and the verdict thresholds
 * @param tableFormat parquet, csv or json when the paths are a table, null when they are files
 * @param partitions how many partitions to check the inputs in, 0 for Spark's choice
 */
record CheckJob(JobSettings settings, String tableFormat, int partitions) {

  ResultTables.Totals run(SparkSession spark, List<String> paths, String out) {
    JavaRDD<CheckedDocument> checked = tableFormat == null ? files(spark, paths) : rows(spark,
        paths);
    // Kept for the five outputs, so that each input is checked once; an executor lost with
    // its blocks only makes Spark check its partitions again, with the same rows.
    checked.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      return ResultTables.of(spark, checked).write(out);
    } finally {
      checked.unpersist(false);
    }
  }

  private JavaRDD<CheckedDocument> files(SparkSession spark, List<String> paths) {
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = context.hadoopConfiguration();
    // Folders are searched recursively, as tqc check does; Hadoop skips hidden (dot) files.
    hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
    DisplayNames names = displayNames(hadoop, paths);
    int slices = partitions > 0 ? partitions : context.defaultParallelism() * 4;
    // binaryFiles packs small files into splits of at least spark.files.openCostInBytes (4 MB):
    // a folder of articles would be one partition checked by one core. The streams are only
    // handles (path and Hadoop settings), so spreading them is cheap.
    return context.binaryFiles(String.join(",", paths), slices).repartition(slices)
        .map(new FileCheck(settings, names));
  }

  private JavaRDD<CheckedDocument> rows(SparkSession spark, List<String> paths) {
    Dataset<Row> table = TableInput.read(spark, tableFormat, paths);
    if (partitions > 0) {
      table = table.repartition(partitions);
    }
    return table.javaRDD().map(new RowCheck(settings, TableInput.hasSource(table)));
  }

  private static DisplayNames displayNames(Configuration hadoop, List<String> paths) {
    List<DisplayNames.Root> roots = new ArrayList<>();
    for (String given : paths) {
      String trimmed = given.replaceAll("(?<=.)/+$", "");
      try {
        Path path = new Path(trimmed);
        FileSystem fs = path.getFileSystem(hadoop);
        roots.add(new DisplayNames.Root(trimmed, fs.makeQualified(path).toString()));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot open " + given + ": " + e.getMessage(), e);
      }
    }
    return new DisplayNames(roots);
  }
}
