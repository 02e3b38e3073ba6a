package io.tqc.spark;

import org.apache.spark.launcher.JavaModuleOptions;

/**
 * Prints the JVM options Spark needs on Java 17 (the --add-opens that spark-submit adds), for
 * the launcher's direct {@code java} start of {@code tqc spark}.
 */
public final class JvmOptions {
  private JvmOptions() {}

  public static void main(String[] args) {
    System.out.println(JavaModuleOptions.defaultModuleOptions());
  }
}
