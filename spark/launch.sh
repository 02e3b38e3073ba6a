#!/usr/bin/env bash
# tqc spark: runs the check as a Spark job on this machine (master local[*] unless --master
# says otherwise). It builds the checker and the spark module when their sources changed and
# starts Java with the spark module's own class path: Spark's jars (about 280 MB) never enter
# tqc check's. Run as ./tqc spark; TQC_JAVA_OPTS adds JVM options (they come last, so -Xmx
# there wins).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
target="$here/spark/target"
classpath_file="$target/tqc-spark.classpath"
jvm_options_file="$target/spark-jvm-options"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

stale() {
  [ ! -s "$classpath_file" ] && return 0
  [ -n "$(find "$here/pom.xml" "$here/checker/pom.xml" "$here/checker/src/main" \
    "$here/spark/pom.xml" "$here/spark/src/main" -newer "$classpath_file" -print -quit)" ]
}

if stale; then
  echo "tqc: building the checker and the Spark job (first run or changed sources)..." >&2
  if ! MAVEN_OPTS="${MAVEN_OPTS:-} -Djansi.noreset=true" \
      mvn -q -B -f "$here/pom.xml" -pl spark -am -DskipTests process-classes >&2; then
    echo "tqc: the build failed; see the Maven output above" >&2
    exit 2
  fi
  touch "$classpath_file"
fi
classpath="$target/classes:$(cat "$classpath_file")"

# The --add-opens and other JVM options Spark needs on Java 17, which spark-submit would add:
# asked once per build from Spark's own list (org.apache.spark.launcher.JavaModuleOptions).
if [ ! -s "$jvm_options_file" ] || [ "$classpath_file" -nt "$jvm_options_file" ]; then
  "$java" -cp "$classpath" io.tqc.spark.JvmOptions > "$jvm_options_file.$$"
  mv -f "$jvm_options_file.$$" "$jvm_options_file"
fi
read -r -a spark_opts < "$jvm_options_file"

# In local mode the checking runs in this JVM: LanguageTool takes about 1 GB per task thread
# and language, and local[*] runs a task per core. Spark's INFO log stays off the terminal.
exec "$java" "${spark_opts[@]}" -Xmx3g \
  -Dlog4j2.configurationFile="$here/spark/log4j2-cli.properties" \
  ${TQC_JAVA_OPTS:-} -cp "$classpath" io.tqc.spark.SparkMain "$@"
