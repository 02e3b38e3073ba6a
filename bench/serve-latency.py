#!/usr/bin/env python3
"""tqc serve (all its rules) against LanguageTool's own 6.8 server, side by side in one run.

Sends one-paragraph /v2/check requests (real machine-translated news paragraphs) at
concurrency 1 and 4, several rounds, alternating which server goes first, and reports the median
and 95th percentile latency and the requests per second of each, with the ratios tqc/LT. Each
round and concurrency uses paragraphs neither server has seen, so no result cache helps.

    mvn -q -o -B -DskipTests process-test-classes
    bench/serve-latency.py [--corpus DIR] [--rounds N] [--per-round N] [--out FILE]
"""
import argparse
import concurrent.futures
import datetime
import json
import pathlib
import statistics
import sys
import tempfile
import time
import urllib.parse
import urllib.request

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import serve_servers  # noqa: E402

ROOT = serve_servers.ROOT


def paragraphs(corpus, minimum=150, maximum=700):
    found = []
    for path in sorted(pathlib.Path(corpus).glob("*.txt")):
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            paragraph = paragraph.strip()
            if minimum <= len(paragraph) <= maximum:
                found.append(paragraph)
    return found


def check(api, text, language):
    data = urllib.parse.urlencode({"text": text, "language": language}).encode()
    started = time.perf_counter()
    with urllib.request.urlopen(api + "/check", data, timeout=600) as response:
        body = response.read()
        status = response.status
    elapsed = time.perf_counter() - started
    if status != 200:
        raise SystemExit("%s answered %d" % (api, status))
    return elapsed, len(json.loads(body)["matches"])


def run(api, texts, language, concurrency):
    started = time.perf_counter()
    with concurrent.futures.ThreadPoolExecutor(concurrency) as pool:
        results = list(pool.map(lambda t: check(api, t, language), texts))
    wall = time.perf_counter() - started
    return [r[0] for r in results], len(texts) / wall, sum(r[1] for r in results)


def p95(values):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", default=str(serve_servers.SHARED / "corpus/mqm-wmt23/zh-en"))
    parser.add_argument("--language", default="en-US")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--per-round", type=int, default=30)
    parser.add_argument("--warmup", type=int, default=20)
    parser.add_argument("--out", default=str(ROOT / "bench/serve-latency.md"))
    args = parser.parse_args()

    texts = paragraphs(args.corpus)
    needed = args.warmup + args.rounds * 2 * args.per_round
    if len(texts) < needed:
        raise SystemExit("need %d paragraphs, %s has %d" % (needed, args.corpus, len(texts)))
    # Spread over the corpus: consecutive paragraphs are the same story.
    step = len(texts) // needed
    texts = texts[::step][:needed]
    warmup, texts = texts[:args.warmup], texts[args.warmup:]

    work = pathlib.Path(tempfile.mkdtemp(prefix="serve-latency-"))
    servers = {}
    try:
        servers["LT"] = serve_servers.languagetool(work)
        # From the repository root, so the shipped packs in rules/ are loaded: every tqc rule on.
        servers["tqc"] = serve_servers.tqc(cwd=ROOT)
        for name, server in servers.items():
            run(server.api, warmup, args.language, 4)
        latencies = {(n, c): [] for n in servers for c in (1, 4)}
        rates = {(n, c): [] for n in servers for c in (1, 4)}
        matches = {n: 0 for n in servers}
        at = 0
        for round_number in range(args.rounds):
            for concurrency in (1, 4):
                batch = texts[at:at + args.per_round]
                at += args.per_round
                order = list(servers) if round_number % 2 == 0 else list(servers)[::-1]
                for name in order:
                    times, rate, found = run(servers[name].api, batch, args.language, concurrency)
                    latencies[(name, concurrency)] += times
                    rates[(name, concurrency)].append(rate)
                    matches[name] += found
                    print("round %d, concurrency %d, %s: median %.0f ms, %.2f req/s"
                          % (round_number + 1, concurrency, name,
                             statistics.median(times) * 1000, rate), file=sys.stderr)
    finally:
        for server in servers.values():
            server.stop()

    rows = []
    for concurrency in (1, 4):
        figures = {}
        for name in ("LT", "tqc"):
            values = latencies[(name, concurrency)]
            figures[name] = (statistics.median(values) * 1000, p95(values) * 1000,
                             statistics.median(rates[(name, concurrency)]))
        lt, tq = figures["LT"], figures["tqc"]
        rows.append("| %d | %.0f | %.0f | %.2f | %.0f | %.0f | %.2f | %.2f | %.2f | %.2f |" % (
            concurrency, lt[0], lt[1], lt[2], tq[0], tq[1], tq[2],
            tq[0] / lt[0], tq[1] / lt[1], tq[2] / lt[2]))
    command = " ".join(["bench/serve-latency.py"] + sys.argv[1:])
    report = "\n".join([
        "# tqc serve against LanguageTool's server: latency of one-paragraph checks",
        "",
        "Measured %s on this machine (2 shared cores), both servers started by the script in one "
        "run, each with its defaults; tqc with all its rules (built-in rules and the packs in "
        "`rules/`), LanguageTool 6.8's HTTPServer with the same languages. %d rounds; each round "
        "sends %d paragraphs (%d to %d characters, language %s, from `%s`) at concurrency 1 and "
        "again %d new ones at concurrency 4, to one server and then the other (the order "
        "alternates by round). Latency is per request, over all rounds; req/s is the median "
        "over rounds of requests divided by the batch's wall time. Matches found: LT %d, tqc %d." % (
            datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
            args.rounds, args.per_round, 150, 700, args.language,
            pathlib.Path(args.corpus).name if "corpus" not in args.corpus
            else args.corpus[args.corpus.index("corpus"):], args.per_round,
            matches["LT"], matches["tqc"]),
        "",
        "```sh",
        "mvn -q -o -B -DskipTests process-test-classes",
        command,
        "```",
        "",
        "| concurrency | LT median ms | LT p95 ms | LT req/s | tqc median ms | tqc p95 ms "
        "| tqc req/s | median tqc/LT | p95 tqc/LT | req/s tqc/LT |",
        "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |",
        *rows,
        "",
    ])
    print(report)
    if args.out != "-":
        existing = pathlib.Path(args.out)
        notes = ""
        if existing.exists():
            text = existing.read_text(encoding="utf-8")
            if "\n## " in text:
                notes = text[text.index("\n## "):]
        existing.write_text(report + notes, encoding="utf-8")


if __name__ == "__main__":
    main()
