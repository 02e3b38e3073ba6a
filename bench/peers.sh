#!/usr/bin/env bash
# Scores the peers of tqc's source-aware checks on every annotated corpus set, side by side:
# Okapi CheckMate's quality checks (okapi-lib-verification 1.47.0) with their defaults and
# without their length checks, and LanguageTool's bitext mode (Tools.checkBitext with the
# pair's bitext rules: all its matches, and those of the bitext rules alone). Each run writes a
# findings.csv under reports/peers/SET/ and is scored with shared/tools/score.py (all raters,
# defaults); prints one line per set and peer: findings, character P, R and MCC, span P.
#
#   bench/peers.sh                      # every set
#   SETS="zh-en-wmt22qe-test" bench/peers.sh
#
# The peers live in bench/peers/ (their own POM, not a module of the tqc build), so neither
# reaches tqc check's class path. Needs the network once, to resolve them into ~/.m2.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
peers="$root/bench/peers"
# shared/ (corpus and score.py) beside the repository or a folder above it, or $SHARED
shared="${SHARED:-}"
if [ -z "$shared" ]; then
  for cand in "$root/../shared" "$root/../../shared"; do
    [ -f "$cand/tools/score.py" ] && shared="$(cd "$cand" && pwd)" && break
  done
fi
[ -n "$shared" ] || { echo "peers: no shared/tools/score.py found; set SHARED" >&2; exit 2; }
corpus="$shared/corpus"
out="$root/reports/peers"
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
# set folder, source language, target language (LanguageTool codes)
all_sets="mqm-wmt23/zh-en:zh-CN:en-US zh-en-wmt22qe-test:zh-CN:en-US mqm-wmt23/en-de:en-US:de-DE en-de-wmt22qe-dev:en-US:de-DE en-ru-wmt22qe-dev:en-US:ru-RU"

mkdir -p "$peers/target/classes"
mvn -q -B -f "$peers/pom.xml" dependency:build-classpath \
  -Dmdep.outputFile="$peers/target/peers.classpath" >&2
cp="$(cat "$peers/target/peers.classpath")"
javac -d "$peers/target/classes" -cp "$cp" \
  $(find "$peers/src/main/java" -name '*.java')
cp="$peers/target/classes:$cp"

printf '%-20s %-34s %8s %7s %7s %7s %7s\n' set peer findings "char P" "char R" MCC "span P"
for entry in $all_sets; do
  IFS=: read -r set src tgt <<<"$entry"
  if [ -n "${SETS:-}" ] && ! grep -qw -- "$set" <<<"$SETS"; then
    continue
  fi
  dir="$out/$set"
  mkdir -p "$dir"
  "$java" -cp "$cp" io.tqc.bench.peers.OkapiCheckMate "${src%-*}" "${tgt%-*}" "$corpus/$set" "$dir/okapi.csv"
  "$java" -cp "$cp" io.tqc.bench.peers.OkapiCheckMate "${src%-*}" "${tgt%-*}" "$corpus/$set" "$dir/okapi-no-length.csv" --no-length
  "$java" -cp "$cp" io.tqc.bench.peers.LanguageToolBitext "$src" "$tgt" "$corpus/$set" "$dir/languagetool-bitext.csv"
  "$java" -cp "$cp" io.tqc.bench.peers.LanguageToolBitext "$src" "$tgt" "$corpus/$set" "$dir/languagetool-bitext-rules.csv" --bitext-only
  for peer in okapi okapi-no-length languagetool-bitext languagetool-bitext-rules; do
    python3 - "$corpus/$set/gold" "$dir/$peer.csv" "$set" "$peer" "$shared/tools/score.py" <<'PY'
import importlib.util, sys
gold, findings, set_id, peer, score_py = sys.argv[1:6]
spec = importlib.util.spec_from_file_location('score', score_py)
score = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score)
res = score.score(gold, findings, quiet=True)
c, a = res['char_level']['all_severities'], res['all_severities']['ALL']
f = lambda x: '-' if x is None else '%.3f' % x
print('%-20s %-34s %8d %7s %7s %7s %7s' % (set_id, peer, res['findings_stats']['used'],
      f(c['precision']), f(c['recall']), f(c['mcc']), f(a['precision'])))
PY
  done
done
