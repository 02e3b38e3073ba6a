#!/usr/bin/env bash
# tqc's benchmark: tqc against LanguageTool's own command line (same LanguageTool version,
# resolved from Maven Central by bench/pom.xml), several rounds each, interleaved so that
# machine noise hits both sides; prints a Markdown table of medians and ratios and writes it
# to bench/results.md.
#
#   bench/run.sh                       # 5 rounds, the 190 zh-en articles; about 17 minutes
#   ROUNDS=3 INPROC_DOCS=60 bench/run.sh  # a quicker look, about 5 minutes
#
# Environment: ROUNDS (default 5), CORPUS (folder of .txt articles, default
# ../shared/corpus/mqm-wmt23/zh-en next to the repository), SEED (the single article),
# INPROC_DOCS (articles for the in-process comparison, default 190: with 60, a 2-thread run
# lasts about 3 s and its scaling figure swings with the machine's other load), SKIP_INPROC=1,
# RESULTS (the file the table is written to, default bench/results.md). Both tools run on the
# same Java: $JAVA_HOME/bin/java when JAVA_HOME is set (the tqc launcher's choice too), else
# java.
# Needs the network once, to resolve languagetool-commandline into ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
bench="$root/bench"
ROUNDS="${ROUNDS:-5}"
CORPUS="${CORPUS:-$root/../shared/corpus/mqm-wmt23/zh-en}"
SEED="${SEED:-$root/seeds/000_0d9fa9fe51ed347a.txt}"
INPROC_DOCS="${INPROC_DOCS:-190}"
LANG_CODE=en-US
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"

work="$(mktemp -d "${TMPDIR:-/tmp}/tqc-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
log() { echo "bench: $*" >&2; }

# --- set-up (not timed) ---------------------------------------------------------------------
log "building tqc and resolving LanguageTool's command line"
"$root/tqc" --version >/dev/null
# A check of a few files maps the launcher's class-data-sharing archive, recorded on the first
# such check after a build: record it now, so that no timed run pays for it.
"$root/tqc" check -q --no-cache --out "$work/warm-up" "$SEED" >/dev/null 2>&1 || true
mkdir -p "$bench/target"
mvn -q -B -f "$bench/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$bench/target/languagetool-cli.classpath" >&2
lt_cp="$(cat "$bench/target/languagetool-cli.classpath")"
(cd "$root" && mvn -o -q -B -DskipTests test-compile >&2)
harness_cp="$root/checker/target/test-classes:$root/checker/target/classes:$(cat "$root/checker/target/tqc.classpath")"

# The corpus folder also holds gold/ and src/ subfolders: LanguageTool's -r would read them,
# so both tools get a flat copy of the .txt articles.
mkdir -p "$work/articles"
cp "$CORPUS"/*.txt "$work/articles/"
articles=$(ls "$work/articles" | wc -l)
words=$(cat "$work/articles"/*.txt | wc -w)
seed_words=$(wc -w < "$SEED")
log "$articles articles, $words words (wc -w); $ROUNDS rounds"

# timed NAME COMMAND...: appends "NAME wall_s cpu_s max_rss_kb" to $work/times
timed() {
  local name="$1"; shift
  local status=0
  /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" >"$work/stdout.txt" 2>"$work/stderr.txt" \
    || status=$?
  # tqc exits 1 when it has findings; anything else is a failure of the benchmark
  if [ "$status" -gt 1 ]; then
    log "$name failed with exit code $status:"; tail -20 "$work/stderr.txt" >&2; exit 1
  fi
  read -r wall user sys rss < <(tail -1 "$work/time.txt")
  echo "$name $wall $(echo "$user + $sys" | bc) $rss" >> "$work/times"
  log "$(printf '%-16s %7.2f s wall %7.2f s cpu %6d MiB' "$name" "$wall" \
    "$(echo "$user + $sys" | bc)" $((rss / 1024)))"
}

lt_cli=("$java" -cp "$lt_cp" org.languagetool.commandline.Main -l "$LANG_CODE")
tqc_check=("$root/tqc" check -q --lang "$LANG_CODE")

uptime_before="$(uptime)"
for round in $(seq 1 "$ROUNDS"); do
  log "round $round of $ROUNDS"
  # (a) + (d): folder audit with an empty cache, then again over the unchanged folder
  lt_folder() { timed lt_folder "${lt_cli[@]}" -r "$work/articles"; }
  tqc_folder() {
    rm -rf "$work/cache" "$work/out"
    timed tqc_folder "${tqc_check[@]}" --cache "$work/cache" --out "$work/out" "$work/articles"
    test "$(($(wc -l < "$work/out/summary.csv") - 1))" -eq "$articles"
    timed tqc_rerun "${tqc_check[@]}" --cache "$work/cache" --out "$work/out2" "$work/articles"
    cmp -s "$work/out/findings.csv" "$work/out2/findings.csv" \
      || { log "the re-run's findings differ from the first run's"; exit 1; }
  }
  # (b): one article, cold JVM, no cache
  lt_single() { timed lt_single "${lt_cli[@]}" "$SEED"; }
  tqc_single() { timed tqc_single "${tqc_check[@]}" --no-cache --out "$work/single" "$SEED"; }
  if [ $((round % 2)) -eq 1 ]; then
    lt_folder; tqc_folder; lt_single; tqc_single
  else
    tqc_folder; lt_folder; tqc_single; lt_single
  fi
done

# (c): in-process throughput, tqc's pipeline against bare JLanguageTool.check
if [ "${SKIP_INPROC:-0}" != 1 ]; then
  log "in-process: $INPROC_DOCS articles, 1 and 2 threads, $ROUNDS rounds"
  "$java" ${TQC_JAVA_OPTS:-} -cp "$harness_cp" io.tqc.bench.InProcessThroughput \
    "$work/articles" "$INPROC_DOCS" "$ROUNDS" > "$work/inproc.txt"
  awk '{print $1 "_" $2 "_" $3, $4}' "$work/inproc.txt" >> "$work/times"
fi
uptime_after="$(uptime)"

# --- report ---------------------------------------------------------------------------------
median() { # median of column $2 for name $1
  awk -v n="$1" -v c="$2" '$1 == n {print $c}' "$work/times" | sort -g \
    | awk '{v[NR] = $1} END {if (NR == 0) print "nan"; else if (NR % 2) print v[(NR + 1) / 2];
      else print (v[NR / 2] + v[NR / 2 + 1]) / 2}'
}
all() { awk -v n="$1" -v c="$2" '$1 == n {printf "%s%s", s, $c; s = ", "}' "$work/times"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN {if (b == 0 || a == "nan" || b == "nan") print "n/a";
  else printf "%.2f", a / b}'; }
f1() { awk -v a="$1" 'BEGIN {if (a == "nan") print "n/a"; else printf "%.1f", a}'; }
f0() { awk -v a="$1" 'BEGIN {if (a == "nan") print "n/a"; else printf "%.0f", a}'; }

lt_f=$(median lt_folder 2); tqc_f=$(median tqc_folder 2); tqc_r=$(median tqc_rerun 2)
lt_s=$(median lt_single 2); tqc_s=$(median tqc_single 2)
lt_fc=$(median lt_folder 3); tqc_fc=$(median tqc_folder 3)
lt_sc=$(median lt_single 3); tqc_sc=$(median tqc_single 3)
rss_f=$(median tqc_folder 4); rss_lt=$(median lt_folder 4)
b1=$(median inproc_bare_1 2); t1=$(median inproc_tqc_1 2)
b2=$(median inproc_bare_2 2); t2=$(median inproc_tqc_2 2)
overhead=$(awk -v b="$b1" -v t="$t1" 'BEGIN {if (t == "nan" || b == "nan") print "n/a";
  else printf "%+.0f%%", (b / t - 1) * 100}')

{
  echo "## tqc benchmark, $(date -u '+%Y-%m-%d %H:%M UTC')"
  echo
  echo "$articles zh-en articles ($words words) and the seed article ($seed_words words);"
  echo "$(nproc) cores; $("$java" -version 2>&1 | head -1); LanguageTool 6.8 on both sides;"
  echo "both tools with \`-l $LANG_CODE\` / \`--lang $LANG_CODE\`. Medians of $ROUNDS rounds,"
  echo "tqc and LanguageTool interleaved. Load before: \`${uptime_before#*load}\`;"
  echo "after: \`${uptime_after#*load}\`."
  echo
  echo "| measurement | tqc | LanguageTool CLI / baseline | ratio | target |"
  echo "| --- | ---: | ---: | ---: | --- |"
  echo "| folder audit, wall s | $(f1 "$tqc_f") | $(f1 "$lt_f") | $(ratio "$tqc_f" "$lt_f") | <= 0.8 |"
  echo "| folder audit, CPU s | $(f1 "$tqc_fc") | $(f1 "$lt_fc") | $(ratio "$tqc_fc" "$lt_fc") | |"
  echo "| unchanged re-run vs first run, wall s | $(f1 "$tqc_r") | $(f1 "$tqc_f") (first run) | $(ratio "$tqc_r" "$tqc_f") | <= 0.1 |"
  echo "| cold single article, wall s | $(f1 "$tqc_s") | $(f1 "$lt_s") | $(ratio "$tqc_s" "$lt_s") | <= 1.0 |"
  echo "| cold single article, CPU s | $(f1 "$tqc_sc") | $(f1 "$lt_sc") | $(ratio "$tqc_sc" "$lt_sc") | |"
  echo "| folder audit, peak RSS MiB | $(f0 "$(awk -v a="$rss_f" 'BEGIN {print a / 1024}')") | $(f0 "$(awk -v a="$rss_lt" 'BEGIN {print a / 1024}')") | $(ratio "$rss_f" "$rss_lt") | |"
  if [ "${SKIP_INPROC:-0}" != 1 ]; then
    echo "| in-process, 1 thread, words/s | $(f0 "$t1") | $(f0 "$b1") (bare JLanguageTool) | $(ratio "$t1" "$b1") (overhead $overhead) | overhead <= 15% |"
    echo "| in-process, 2 threads, words/s | $(f0 "$t2") | $(f0 "$b2") (bare JLanguageTool) | $(ratio "$t2" "$b2") | |"
    echo "| in-process scaling, 2 threads / 1 | $(ratio "$t2" "$t1") | $(ratio "$b2" "$b1") (bare) | | >= 1.7 |"
  fi
  echo
  echo "Every run (wall s): LT folder $(all lt_folder 2); tqc folder $(all tqc_folder 2);"
  echo "tqc re-run $(all tqc_rerun 2); LT single $(all lt_single 2); tqc single $(all tqc_single 2)."
  if [ "${SKIP_INPROC:-0}" != 1 ]; then
    echo "In-process ($INPROC_DOCS articles, words/s): tqc 1 thread $(all inproc_tqc_1 2);"
    echo "bare 1 thread $(all inproc_bare_1 2); tqc 2 threads $(all inproc_tqc_2 2);"
    echo "bare 2 threads $(all inproc_bare_2 2)."
  fi
  echo
  echo "Commands: \`java -cp <languagetool-commandline 6.8> org.languagetool.commandline.Main"
  echo "-l $LANG_CODE -r ARTICLES\` vs \`./tqc check -q --lang $LANG_CODE --cache EMPTY_DIR ARTICLES\`"
  echo "(then the same again for the re-run); single: the same on \`${SEED#"$root"/}\` with"
  echo "\`--no-cache\`; in-process: \`io.tqc.bench.InProcessThroughput\` (checker/src/test/java)."
} | tee "${RESULTS:-$bench/results.md}"
