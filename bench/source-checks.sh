#!/usr/bin/env bash
# What the source-aware checks cost: tqc check --source on a corpus set with those rules on and
# with them disabled, interleaved rounds so that machine noise hits both sides; prints the median
# seconds of each and their ratio.
#
#   bench/source-checks.sh                     # 3 rounds, ../shared/corpus/zh-en-wmt22qe-test
#   ROUNDS=5 SET=mqm-wmt23/en-de LANG_CODE=de-DE bench/source-checks.sh
#   INCLUDE='*_a0[1-5]_*.txt' bench/source-checks.sh   # a few articles of the set (a file glob)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROUNDS="${ROUNDS:-3}"
SET="${SET:-zh-en-wmt22qe-test}"
LANG_CODE="${LANG_CODE:-en-US}"
INCLUDE="${INCLUDE:-*.txt}"
# the shared corpus sits beside the main checkout, or two levels up from a worktree
shared="${SHARED:-$root/../shared}"
[ -d "$shared/corpus" ] || shared="$root/../../shared"
corpus="$shared/corpus/$SET"
[ -d "$corpus/src" ] || { echo "no corpus set with sources at $corpus" >&2; exit 2; }
rules=NUMBER_MISMATCH,NUMBER_MISSING,NUMBER_ADDED,MISSING_SOURCE_TOKEN,TAG_MISMATCH
rules=$rules,QUESTION_MISMATCH,PRONOUN_GENDER,FALSE_FRIEND,SOURCE_NAME_GARBLED
rules=$rules,SOURCE_NAME_MISSING,SOURCE_LENGTH_OMISSION,SOURCE_LENGTH_ADDITION,INVENTED_WORD
work="$(mktemp -d "${TMPDIR:-/tmp}/tqc-source-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
# the articles chosen, each with its source: a source without its target would be an error row
sample="$work/corpus"
mkdir -p "$sample/src"
for article in "$corpus"/$INCLUDE; do
  cp "$article" "$sample/"
  cp "$corpus/src/$(basename "$article" .txt).src" "$sample/src/"
done

"$root/tqc" --version >/dev/null
run() { # $1: label, rest: extra options; prints seconds
  local start end status=0
  start=$(date +%s.%N)
  "$root/tqc" check -q --no-cache --format csv --max-check-seconds 900 --lang "$LANG_CODE" \
    --source "$sample/src" --out "$work/$1" "${@:2}" "$sample" \
    >/dev/null 2>"$work/$1.err" || status=$?
  end=$(date +%s.%N)
  # 1 only says that there were findings
  if [ "$status" -gt 1 ]; then cat "$work/$1.err" >&2; exit "$status"; fi
  echo "$end - $start" | bc
}
on=(); off=()
for round in $(seq "$ROUNDS"); do
  off+=("$(run off --disable "$rules")")
  on+=("$(run on)")
  echo "round $round: without ${off[-1]} s, with ${on[-1]} s" >&2
done
median() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
m_off=$(median "${off[@]}"); m_on=$(median "${on[@]}")
echo "| set | rounds | without source-aware rules (s) | with (s) | ratio |"
echo "| --- | ---: | ---: | ---: | ---: |"
printf '| %s | %s | %.1f | %.1f | %.3f |\n' "$SET" "$ROUNDS" "$m_off" "$m_on" \
  "$(echo "$m_on / $m_off" | bc -l)"
