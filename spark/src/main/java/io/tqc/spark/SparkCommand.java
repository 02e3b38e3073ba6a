package io.tqc.spark;

import io.tqc.cli.EngineOptions;
import io.tqc.cli.ExitCodes;
import io.tqc.cli.VerdictOptions;
import io.tqc.engine.VerdictPolicy;
import io.tqc.setup.Engine;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code tqc spark}: runs the check as a Spark job, with {@code tqc check}'s engine options.
 * Under {@code spark-submit} the master comes from there; run directly it defaults to
 * {@code local[*]}.
 */
@Command(
    name = "spark",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Checks translated articles as an Apache Spark job and writes findings and summary "
            + "(the columns of findings.csv and summary.csv) as Parquet and as CSV part files, "
            + "and the run's totals, to the --out folder.",
        "PATH is a file, folder (searched recursively) or glob on any file system Spark reads, "
            + "or with --table a table with id and text columns (and optionally source)."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:every input was checked",
        "2:usage or configuration error",
        "3:some inputs could not be read or checked (see summary's error column)"})
public final class SparkCommand implements Callable<Integer> {
  static final String DEFAULT_MASTER = "local[*]";

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files, folders or globs (file://, hdfs://, s3a://...), or the table.")
  List<String> paths;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master (spark://host:7077, yarn, local[N]); default: spark-submit's, "
          + "else " + DEFAULT_MASTER + ".")
  String master;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports-spark",
      description = "Folder (on any file system Spark writes) for findings.parquet, "
          + "summary.parquet, findings.csv/, summary.csv/ and totals.csv/ "
          + "(default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--table", paramLabel = "FORMAT",
      description = "The paths are a table in this format: parquet, csv (with a header) or json "
          + "(JSON Lines).")
  String table;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Partitions to check the inputs in (default: four per executor core).")
  int partitions;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  VerdictOptions verdictOptions;

  @Option(names = {"-q", "--quiet"}, description = "No summary on stderr.")
  boolean quiet;

  @Override
  public Integer call() {
    VerdictPolicy policy = verdictOptions.policy();
    // Started once on the driver so that a bad language or a broken rule pack is a usage error
    // here, not a failure in every task.
    Engine.start(engineOptions.settings());
    JobSettings settings = JobSettings.of(engineOptions.settings(), policy);
    CheckJob job = new CheckJob(settings, table, partitions);
    SparkSession spark = session();
    try {
      ResultTables.Totals totals = job.run(spark, paths, out);
      if (!quiet) {
        System.err.println(totals.describe(out));
      }
      return totals.errors() > 0 ? ExitCodes.NOT_CHECKED : ExitCodes.CLEAN;
    } finally {
      spark.stop();
    }
  }

  private SparkSession session() {
    SparkSession.Builder builder = SparkSession.builder().appName("tqc");
    SparkConf conf = new SparkConf();
    if (master != null) {
      builder.master(master);
    } else if (!conf.contains("spark.master")) {
      builder.master(DEFAULT_MASTER);
    }
    // The v1 committer moves a task's files into place only when the task commits, so a task
    // that Spark retries or runs twice speculatively leaves its rows once.
    builder.config("spark.hadoop.mapreduce.fileoutputcommitter.algorithm.version", "1");
    return builder.getOrCreate();
  }
}
