#!/usr/bin/env bash
# tqc on a Spark standalone cluster on this machine against tqc check on the same files: a
# master and two workers (1 core, 3 GB each), every one its own JVM started from the Spark jars
# in ~/.m2. Each round runs `./tqc check` and the Spark job on the same folder, checks that the
# findings and summary are identical row for row, and records the wall time and the CPU time of
# every JVM involved (for Spark: driver, executors, master and workers). Prints a Markdown table
# of medians and ratios.
#
#   bench/spark_standalone.sh                 # 3 rounds on the 190 zh-en articles
#   ROUNDS=1 bench/spark_standalone.sh
#
# Environment: ROUNDS (default 3), CORPUS (default ../shared/corpus/mqm-wmt23/zh-en next to
# the repository; its *.txt files), SPARK_BENCH_PORT (default 17077), RESULTS (default
# bench/spark-results.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
CORPUS="${CORPUS:-$root/../shared/corpus/mqm-wmt23/zh-en}"
RESULTS="${RESULTS:-$root/bench/spark-results.md}"
work="$(mktemp -d "${TMPDIR:-/tmp}/tqc-spark-bench.XXXXXX")"
# shellcheck source=bench/spark-cluster.sh
source "$root/bench/spark-cluster.sh"
trap 'stop_cluster; rm -rf "$work"' EXIT

input="$work/articles"
mkdir -p "$input"
cp "$CORPUS"/*.txt "$input/"
articles=$(find "$input" -name '*.txt' | wc -l)
prepare_spark
"$root/tqc" --version > /dev/null  # builds the checker outside the timings

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

start_cpu_sampler "$work/cluster-cpu"
cluster_start=$(date +%s.%N)
start_cluster
cluster_wall=$(printf "%.1f" "$(echo "$(date +%s.%N) - $cluster_start" | bc)")
stop_cpu_sampler
cluster_cpu=$(cat "$work/cluster-cpu")

for round in $(seq 1 "$ROUNDS"); do
  log "round $round: tqc check on $articles articles"
  /usr/bin/time -f "%e %U %S" -o "$work/check-time" \
    "$root/tqc" check -q --no-cache --format csv --max-check-seconds 600 \
    --out "$work/check" "$input" || [ $? -le 1 ]
  # time's last line (a failing verdict's exit code 1 adds a line before it)
  read -r wall user sys < <(tail -1 "$work/check-time")
  echo "$wall" >> "$work/check-wall"
  echo "$user + $sys" | bc >> "$work/check-cpu"

  log "round $round: the Spark job on the cluster"
  start_cpu_sampler "$work/job-cpu"
  job_start=$(date +%s.%N)
  submit_job "$work/spark" -q "$input" > "$work/submit.log" 2>&1 \
    || { tail -30 "$work/submit.log" >&2; exit 1; }
  printf "%.1f\n" "$(echo "$(date +%s.%N) - $job_start" | bc)" >> "$work/spark-wall"
  stop_cpu_sampler
  cat "$work/job-cpu" >> "$work/spark-cpu"

  for table in findings summary; do
    if ! cmp -s <(tail -n +2 "$work/check/$table.csv") <(csv_parts "$work/spark/$table.csv"); then
      log "round $round: $table differ"
      diff <(tail -n +2 "$work/check/$table.csv") <(csv_parts "$work/spark/$table.csv") | head >&2
      exit 1
    fi
  done
  log "round $round: findings ($(tail -n +2 "$work/check/findings.csv" | wc -l) lines) and summary identical"
done
stop_cluster

check_wall=$(median < "$work/check-wall"); check_cpu=$(median < "$work/check-cpu")
spark_wall=$(median < "$work/spark-wall"); spark_cpu=$(median < "$work/spark-cpu")
ratio() { echo "scale=2; $1 / $2" | bc; }
{
  echo "Spark standalone (master + 2 workers of 1 core, 3 GB; one executor each) against"
  echo "\`tqc check\` (2 threads) on $articles zh-en articles, $ROUNDS rounds, medians; CPU is"
  echo "user + system seconds of every JVM of the run. $(nproc) cores, load average at the end:"
  echo "$(cut -d' ' -f1-3 /proc/loadavg). Findings and summary identical in every round."
  echo
  echo "| run | wall s | CPU s | wall vs check | CPU vs check |"
  echo "|---|---:|---:|---:|---:|"
  echo "| tqc check | $check_wall | $check_cpu | 1.00 | 1.00 |"
  echo "| Spark job (submit to exit) | $spark_wall | $spark_cpu | $(ratio "$spark_wall" "$check_wall") | $(ratio "$spark_cpu" "$check_cpu") |"
  echo "| cluster start (master + 2 workers, once) | $cluster_wall | $cluster_cpu | | |"
  echo
  echo "Rounds (wall s): check $(paste -sd' ' "$work/check-wall"); Spark $(paste -sd' ' "$work/spark-wall")"
  echo "Rounds (CPU s): check $(paste -sd' ' "$work/check-cpu"); Spark $(paste -sd' ' "$work/spark-cpu")"
  echo
  echo "Executors (one application per round):"
  echo
  executor_report | sed 's/^/    /'
} | tee "$RESULTS"
