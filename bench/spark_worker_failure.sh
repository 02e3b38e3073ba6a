#!/usr/bin/env bash
# A Spark worker lost mid-job: on a standalone master with two workers (1 core, 3 GB each), the
# job is submitted, and once both executors have finished tasks one worker and its executor are
# killed (SIGKILL, as when a machine goes away). The job must finish on the other worker with
# every input once: the summary has one row per article, and findings and summary equal those
# of a run without failure (by default tqc check's on the same files).
#
#   bench/spark_worker_failure.sh
#
# Environment: CORPUS (default ../shared/corpus/mqm-wmt23/zh-en next to the repository; its
# *.txt files), SPARK_BENCH_PORT (default 17077).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CORPUS="${CORPUS:-$root/../shared/corpus/mqm-wmt23/zh-en}"
work="$(mktemp -d "${TMPDIR:-/tmp}/tqc-spark-failure.XXXXXX")"
# shellcheck source=bench/spark-cluster.sh
source "$root/bench/spark-cluster.sh"
trap 'stop_cluster; rm -rf "$work"' EXIT

input="$work/articles"
mkdir -p "$input"
cp "$CORPUS"/*.txt "$input/"
articles=$(find "$input" -name '*.txt' | wc -l)
prepare_spark

log "reference: tqc check on $articles articles"
"$root/tqc" check -q --no-cache --format csv --max-check-seconds 600 --out "$work/check" \
  "$input" || [ $? -le 1 ]

start_cluster
log "submitting the job"
submit_job "$work/spark" "$input" > "$work/submit.log" 2>&1 &
job_pid=$!

# An executor logs each finished task in its worker's work folder: wait until worker 2's
# executor has finished two, so that it holds results (cached blocks) and runs a task.
executor_log() { find "$work/worker-2" -name stderr -path '*app-*' 2>/dev/null | head -1; }
waited=0
until [ -n "$(executor_log)" ] && [ "$(grep -c "Finished task" "$(executor_log)")" -ge 2 ]; do
  sleep 1
  waited=$((waited + 1))
  if [ "$waited" -gt 1200 ] || ! kill -0 "$job_pid" 2>/dev/null; then
    log "worker 2's executor never finished two tasks"; tail -30 "$work/submit.log" >&2; exit 1
  fi
done
victim_worker=${worker_pids[1]}
victim_executor=$(pgrep -f -- "$work/worker-2/app-" | head -1 || true)
[ -n "$victim_executor" ] || victim_executor=$(pgrep -P "$victim_worker" | head -1)
finished=$(grep -c "Finished task" "$(executor_log)")
log "killing worker 2 (pid $victim_worker) and its executor (pid $victim_executor) after $finished of its tasks"
kill -9 "$victim_executor" "$victim_worker"

status=0
wait "$job_pid" || status=$?
log "the job ended with exit code $status"
grep -E "Lost executor|Removing executor|Resubmitted|lost" "$work/submit.log" | head -5 >&2 || true
[ "$status" -le 1 ] || { tail -30 "$work/submit.log" >&2; exit 1; }

summary_rows=$(csv_parts "$work/spark/summary.csv" | wc -l)
unique_files=$(csv_parts "$work/spark/summary.csv" | cut -d, -f1 | sort -u | wc -l)
log "summary: $summary_rows rows, $unique_files distinct files, $articles articles"
[ "$summary_rows" -eq "$articles" ] && [ "$unique_files" -eq "$articles" ]
for table in findings summary; do
  if cmp -s <(tail -n +2 "$work/check/$table.csv") <(csv_parts "$work/spark/$table.csv"); then
    log "$table: identical to tqc check's ($(tail -n +2 "$work/check/$table.csv" | wc -l) lines)"
  else
    log "$table: differ from tqc check's"
    diff <(tail -n +2 "$work/check/$table.csv") <(csv_parts "$work/spark/$table.csv") | head >&2
    exit 1
  fi
done
executor_report >&2
log "PASS: the job finished on the remaining worker with no row lost or duplicated"
