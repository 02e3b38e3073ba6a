#!/usr/bin/env bash
# Scores tqc against the expert MQM annotations in ../shared/corpus/mqm-wmt23 (or the folder
# given), next to LanguageTool alone (tqc --languagetool-only), for both language pairs.
# Usage: scripts/score-corpus.sh [CORPUS_DIR] [OUT_DIR]
set -euo pipefail
top="$(cd "$(dirname "$0")/.." && pwd)"
corpus="${1:-$top/../shared/corpus/mqm-wmt23}"
out="${2:-$(mktemp -d)}"
score="$(dirname "$corpus")/../tools/score.py"

for pair in zh-en:en-US en-de:de-DE; do
  folder="${pair%%:*}"
  lang="${pair##*:}"
  for mode in languagetool-only tqc; do
    flags=()
    [ "$mode" = languagetool-only ] && flags=(--languagetool-only)
    "$top/tqc" check -q --fail-on none --lang "$lang" --include '*.txt' \
      --exclude 'gold/**' --exclude 'src/**' "${flags[@]}" \
      --out "$out/$folder-$mode" "$corpus/$folder"
    echo "== $folder, $mode"
    python3 "$score" "$corpus/$folder/gold" "$out/$folder-$mode/findings.csv" \
      | sed -n '1,/^$/p' | head -20
  done
done
echo "findings in $out"
