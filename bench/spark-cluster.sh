# Functions for the Spark standalone benchmarks (sourced by spark_standalone.sh and
# spark_worker_failure.sh): a Spark home made of links to the Spark 4.2.0 jars in the local
# Maven repository (no download, no distribution), a master and two workers as JVMs of their
# own, the job submitted through Spark's own SparkSubmit, and the CPU time of every JVM of a run.
#
# Needs: $root (the repository), $work (a scratch folder). Ports: SPARK_BENCH_PORT (default
# 17077) for the master, the next three for the web UIs, so as not to meet another Spark.

java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
port="${SPARK_BENCH_PORT:-17077}"
master_url="spark://127.0.0.1:$port"
# Every JVM of a run carries this property, so the sampler can find its processes.
marker="-Dtqc.bench.run=$$"
pids=()

log() { echo "bench: $(date +%T) $*" >&2; }

# The job's jar, and Spark's own class path as Spark resolves it.
prepare_spark() {
  local jar="$root/spark/target/tqc-spark-job.jar"
  if [ ! -s "$jar" ] || [ -n "$(find "$root/checker/src/main" "$root/spark/src/main" \
      "$root/spark/pom.xml" -newer "$jar" -print -quit)" ]; then
    log "building the job's jar"
    mvn -o -q -B -f "$root/pom.xml" -pl spark -am -DskipTests package >&2
  fi
  job_jar="$jar"
  spark_home="$work/spark-home"
  mkdir -p "$spark_home/jars" "$spark_home/conf"
  mvn -o -q -B -f "$root/bench/spark-runtime/pom.xml" dependency:build-classpath \
    -Dmdep.outputFile="$work/spark-runtime.classpath" >&2
  tr ':' '\n' < "$work/spark-runtime.classpath" | while read -r jar_file; do
    ln -sf "$jar_file" "$spark_home/jars/"
  done
  cat > "$spark_home/conf/log4j2.properties" <<'LOG'
rootLogger.level = warn
rootLogger.appenderRef.stderr.ref = console
appender.console.type = Console
appender.console.name = console
appender.console.target = SYSTEM_ERR
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = %d{HH:mm:ss} %p %c{1}: %m%n
logger.deploy.name = org.apache.spark.deploy
logger.deploy.level = info
logger.executor.name = org.apache.spark.executor.Executor
logger.executor.level = info
LOG
  # The JVM options spark-submit adds on Java 17, from Spark's own list.
  read -r -a spark_opts <<< "$("$java" -cp "$job_jar:$spark_home/jars/*" io.tqc.spark.JvmOptions)"
  export SPARK_HOME="$spark_home" SPARK_SCALA_VERSION=2.13 SPARK_CONF_DIR="$spark_home/conf"
}

spark_java() {
  "$java" "${spark_opts[@]}" "$marker" -Dlog4j2.configurationFile="$spark_home/conf/log4j2.properties" \
    -cp "$spark_home/conf:$spark_home/jars/*" "$@"
}

# A master and two workers of 1 core and 3 GB each, every one its own JVM.
start_cluster() {
  log "starting a master on $master_url and two workers"
  spark_java -Xmx512m org.apache.spark.deploy.master.Master --host 127.0.0.1 --port "$port" \
    --webui-port $((port + 1)) > "$work/master.log" 2>&1 &
  pids+=($!)
  master_pid=$!
  worker_pids=()
  for n in 1 2; do
    mkdir -p "$work/worker-$n"
    spark_java -Xmx512m org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --cores 1 \
      --memory 3g --work-dir "$work/worker-$n" --webui-port $((port + 1 + n)) "$master_url" \
      > "$work/worker-$n.log" 2>&1 &
    pids+=($!)
    worker_pids+=($!)
  done
  local waited=0
  until [ "$(grep -c "Registering worker" "$work/master.log" 2>/dev/null)" -ge 2 ]; do
    sleep 1
    waited=$((waited + 1))
    if [ "$waited" -gt 300 ]; then
      log "the workers did not register in 300 s"; tail -20 "$work"/*.log >&2; return 1
    fi
  done
  log "two workers registered after ${waited} s"
}

stop_cluster() {
  local pid
  for pid in "${pids[@]}"; do
    kill "$pid" 2>/dev/null || true
  done
  for pid in "${pids[@]}"; do
    wait "$pid" 2>/dev/null || true
  done
  pids=()
}

# Submits the job as spark-submit would (SparkSubmit is its main class) and waits for it.
# Executors: 1 core and 2 GB each (LanguageTool needs about 1 GB per thread and language).
submit_job() {
  local out="$1"; shift
  (cd "$root" && spark_java -Xmx1g org.apache.spark.deploy.SparkSubmit --master "$master_url" \
    --conf spark.executor.memory=2g --conf spark.executor.cores=1 \
    --conf "spark.executor.extraJavaOptions=$marker" \
    --conf spark.task.maxFailures=4 \
    --class io.tqc.spark.SparkMain "$job_jar" --out "$out" --max-check-seconds 600 "$@")
}

# CPU seconds (user + system) of every live process of this run, sampled until stopped: the
# largest value seen per process, so processes that ended are still counted.
start_cpu_sampler() {
  local file="$1"
  : > "$file"
  (
    declare -A seen
    tick=$(getconf CLK_TCK)
    while true; do
      for proc in /proc/[0-9]*; do
        if grep -qa -- "$marker" "$proc/cmdline" 2>/dev/null; then
          read -r -a stat < <(sed 's/^.*) //' "$proc/stat" 2>/dev/null) || continue
          [ "${#stat[@]}" -gt 13 ] || continue
          seen[${proc#/proc/}]=$(( stat[11] + stat[12] ))
        fi
      done
      total=0
      for ticks in "${seen[@]}"; do total=$((total + ticks)); done
      echo "scale=1; $total / $tick" | bc > "$file.tmp" && mv -f "$file.tmp" "$file"
      sleep 0.5
    done
  ) &
  sampler_pid=$!
}

stop_cpu_sampler() {
  sleep 0.6
  kill "$sampler_pid" 2>/dev/null || true
  wait "$sampler_pid" 2>/dev/null || true
}

# What the executors' logs say: per executor, its JVM's first log line, its first finished
# task, and the count and total of task times (the per-article and per-partition costs).
executor_report() {
  local log
  for log in $(find "$work" -name stderr -path '*app-*' 2>/dev/null | sort); do
    awk -v name="${log#"$work"/}" '
      NR == 1 { first = $1 }
      /Finished task/ { if (!done) done = $1; n++; for (i = 1; i <= NF; i++) if ($i == "ms") t += $(i - 1) }
      END { printf "%s: first log %s, first task finished %s, %d tasks, %.1f s in tasks\n", name, first, done, n, t / 1000 }' "$log"
  done
}

# The data rows of a folder of CSV part files, in part order (each part starts with a
# one-line header).
csv_parts() {
  local part
  for part in "$1"/part-*.csv; do
    tail -n +2 "$part"
  done
}
