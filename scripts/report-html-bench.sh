#!/usr/bin/env bash
# report.html on a large batch: makes a folder of N articles (copies of the zh-en corpus, each
# with a first line that makes its text unique), checks it with tqc, then loads report.html in
# headless Chromium RUNS times (a fresh browser and profile each time) and prints the medians of
# its load time and of a sort, a filter and opening a document, each timed in the page with
# performance.now() until the next frame is drawn.
#
#   scripts/report-html-bench.sh                  # 4,000 articles, 5 runs
#   BASELINE=main scripts/report-html-bench.sh    # also the report of another git ref, runs
#                                                 # interleaved, with ratios
#
# Environment: N (default 4000), RUNS (default 5), CORPUS (folder of .txt articles, default
# shared/corpus/mqm-wmt23/zh-en next to the repository or one folder up), BASELINE (a git ref whose tqc is
# built in a temporary folder and run on the same articles; its report has no sort or filters,
# so only its load is compared). Needs chromium and chromedriver (Debian: chromium
# chromium-driver) and python3.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
N="${N:-4000}"
RUNS="${RUNS:-5}"
if [ -z "${CORPUS:-}" ]; then
  for CORPUS in "$root/../shared/corpus/mqm-wmt23/zh-en" \
      "$root/../../shared/corpus/mqm-wmt23/zh-en"; do
    [ -d "$CORPUS" ] && break
  done
fi
work="$(mktemp -d "${TMPDIR:-/tmp}/tqc-report-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
log() { echo "report-bench: $*" >&2; }

log "making $N articles in $work/articles"
mkdir -p "$work/articles"
python3 - "$CORPUS" "$work/articles" "$N" <<'PY'
import pathlib, sys
corpus, out, n = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2]), int(sys.argv[3])
sources = sorted(corpus.glob("*.txt"))
if not sources:
    sys.exit("report-bench: no .txt articles in %s" % corpus)
for i in range(n):
    src = sources[i % len(sources)]
    text = "Copy %d of this article.\n\n" % i + src.read_text(encoding="utf-8")
    (out / ("%04d-%s" % (i, src.name))).write_text(text, encoding="utf-8")
PY

check() { # launcher, output folder
  local start end
  start=$(date +%s.%N)
  "$1" check -q --no-cache --jobs 2 --lang en-US --out "$2" "$work/articles" >/dev/null || true
  end=$(date +%s.%N)
  log "$(basename "$(dirname "$1")") check: $(echo "$end - $start" | bc) s, report.html $(du -h "$2/report.html" | cut -f1)"
}

reports=("$work/out/report.html")
log "checking with this tree's tqc"
check "$root/tqc" "$work/out"
if [ -n "${BASELINE:-}" ]; then
  log "building $BASELINE in $work/baseline"
  mkdir -p "$work/baseline"
  git -C "$root" archive "$BASELINE" | tar -x -C "$work/baseline"
  mvn -q -B -f "$work/baseline/pom.xml" -DskipTests process-classes >&2
  check "$work/baseline/tqc" "$work/baseline-out"
  reports+=("$work/baseline-out/report.html")
fi

python3 "$root/scripts/report_html_timing.py" "$RUNS" "$work" "${reports[@]}"
