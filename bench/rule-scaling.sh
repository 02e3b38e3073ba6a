#!/usr/bin/env bash
# How each built-in rule's time grows with the length of a document: times every rule (CPU time
# of its thread) on one-line documents of 10 KB, 100 KB, 1 MB and 5 MB made from the zh-en
# articles (several runs in one JVM, medians; LanguageTool's analysis is not timed, and the
# documents from 100 KB up repeat one analysed 100 KB document), prints a Markdown table and
# writes it to bench/rule-scaling.md. A few minutes on 2 idle cores.
#
#   bench/rule-scaling.sh
#   RUNS=5 SIZES="10000 100000" bench/rule-scaling.sh
#
# Environment: RUNS (default 3), SIZES (bytes, default "10000 100000 1000000 5000000"), CORPUS
# (folder of .txt articles, default ../shared/corpus/mqm-wmt23/zh-en next to the checkout),
# RESULTS (default bench/rule-scaling.md).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS="${RUNS:-3}"
SIZES="${SIZES:-10000 100000 1000000 5000000}"
# The shared corpus sits next to the main checkout, two levels up from a worktree.
default_corpus="$root/../shared/corpus/mqm-wmt23/zh-en"
[ -d "$default_corpus" ] || default_corpus="$root/../../shared/corpus/mqm-wmt23/zh-en"
CORPUS="${CORPUS:-$default_corpus}"
RESULTS="${RESULTS:-$root/bench/rule-scaling.md}"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

(cd "$root" && mvn -o -q -B -DskipTests test-compile >&2)
cp="$root/checker/target/test-classes:$root/checker/target/classes:$(cat "$root/checker/target/tqc.classpath")"
# shellcheck disable=SC2086
table="$("$java" -Xmx2g -XX:+UseParallelGC -cp "$cp" io.tqc.bench.RuleScaling en-US "$CORPUS" \
  "$RUNS" $SIZES)"
{
  echo "# Built-in rules against document length"
  echo
  echo "\`bench/rule-scaling.sh\`, $(date -u +%Y-%m-%d), $("$java" -version 2>&1 | head -1),"
  echo "$(nproc) cores, load before the run: $(cut -d' ' -f1-3 /proc/loadavg)."
  echo "Documents: the .txt articles of $(basename "$CORPUS") joined on one line; from 100 KB up, 100 KB of them repeated."
  echo
  echo "$table"
} > "$RESULTS"
cat "$RESULTS"
