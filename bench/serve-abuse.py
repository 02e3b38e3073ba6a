#!/usr/bin/env python3
"""Load and abuse for tqc serve: 10,000 requests of mixed sizes and languages, malformed ones
among them, against one tqc serve process.

Checks that every response has the status its request calls for, errors as a plain
"Error: ..." text without a stack trace; that the server keeps answering (/v2/healthcheck
during and after); reports its peak resident memory (VmHWM from /proc) and what it wrote: it
runs in a fresh working directory with a fresh HOME, XDG_CACHE_HOME and java.io.tmpdir, and
those are listed before and after, as is /tmp (shared with other processes on this machine,
so new entries there are listed by name for the reader to judge).

    mvn -q -o -B -DskipTests process-test-classes
    bench/serve-abuse.py [--requests 10000] [--concurrency 4] [--heap 1400m] [--corpus DIR ...]
"""
import argparse
import collections
import concurrent.futures
import http.client
import json
import os
import pathlib
import random
import socket
import sys
import tempfile
import threading
import time
import urllib.parse

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import serve_servers  # noqa: E402

ROOT = serve_servers.ROOT
STACK_TRACE_SIGNS = ("Exception", "\tat ", "at java.", "at io.tqc", "at org.", "Caused by")


def sentences(corpus, language):
    found = []
    for path in sorted(pathlib.Path(corpus).glob("*.txt"))[:60]:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            paragraph = paragraph.strip()
            if paragraph:
                found.append(paragraph)
    return [(language, p) for p in found]


class Plan:
    """The requests, each with the statuses it may get."""

    def __init__(self, texts, rng):
        self.texts = texts
        self.rng = rng

    def form(self, **params):
        return urllib.parse.urlencode(params).encode()

    def one(self):
        r = self.rng.random()
        language, text = self.rng.choice(self.texts)
        if r < 0.55:  # a sentence or two
            return "small text", "POST", "/v2/check", self.form(text=text[:200], language=language), {200}
        if r < 0.65:  # a paragraph, with an emoji
            return "paragraph", "POST", "/v2/check", self.form(
                text="\U0001F600 " + text[:700], language=language), {200}
        if r < 0.67:  # an article of several paragraphs
            body = "\n\n".join(t for _, t in self.rng.sample(
                [x for x in self.texts if x[0] == language], 12))[:12000]
            return "article", "POST", "/v2/check", self.form(text=body, language=language), {200}
        if r < 0.70:
            return "GET", "GET", "/v2/check?" + urllib.parse.urlencode(
                {"text": text[:150], "language": language}), None, {200}
        if r < 0.73:
            data = json.dumps({"annotation": [{"markup": "<p>"}, {"text": text[:200]},
                                              {"markup": "</p>"}]})
            return "annotated data", "POST", "/v2/check", self.form(data=data, language=language), {200}
        if r < 0.76:
            return "bad percent escape", "POST", "/v2/check", b"text=100%zz&language=en-US", {400}
        if r < 0.79:
            return "invalid JSON in data", "POST", "/v2/check", self.form(
                data='{"annotation":[{"text":"a"', language="en-US"), {400}
        if r < 0.82:
            return "unknown language", "POST", "/v2/check", self.form(text=text[:80], language="xx-YY"), {400}
        if r < 0.85:
            return "missing language", "POST", "/v2/check", self.form(text=text[:80]), {400}
        if r < 0.88:
            return "missing text", "POST", "/v2/check", self.form(language="en-US"), {400}
        if r < 0.90:
            return "text and data", "POST", "/v2/check", self.form(
                text="a", data='{"text":"a"}', language="en-US"), {400}
        if r < 0.92:
            return "bad level", "POST", "/v2/check", self.form(text="a b", language="en-US", level="loud"), {400}
        if r < 0.94:
            return "unknown path", "GET", "/v2/nothing-here", None, {404}
        if r < 0.96:
            return "languages", "GET", "/v2/languages", None, {200}
        if r < 0.98:
            return "binary body", "POST", "/v2/check", bytes(self.rng.randrange(256) for _ in range(300)), {400}
        if r < 0.995:
            return "enabledOnly without rules", "POST", "/v2/check", self.form(
                text="a b", language="en-US", enabledOnly="true"), {400}
        return "10 MB body", "RAW", "/v2/check", b"language=en-US&text=" + b"a" * (10 * 1024 * 1024), {413}


def send_raw(host, port, path, body, timeout=120):
    """Sends a large body the way curl does: stops sending when the server has answered (and
    may have closed), then reads the answer."""
    head = ("POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded"
            "\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (path, host, len(body))).encode()
    started = time.perf_counter()
    answer = b""
    with socket.create_connection((host, port), timeout=timeout) as s:
        try:
            s.sendall(head)
            for i in range(0, len(body), 65536):
                s.sendall(body[i:i + 65536])
        except OSError:
            pass
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    line = answer.split(b"\r\n", 1)[0].decode("latin-1")
    status = int(line.split()[1]) if line.startswith("HTTP/") else None
    return status, answer.split(b"\r\n\r\n", 1)[-1], time.perf_counter() - started


def send(host, port, method, path, body, timeout=600):
    if method == "RAW":
        return send_raw(host, port, path, body)
    connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        headers = {"Content-Type": "application/x-www-form-urlencoded"} if body is not None else {}
        started = time.perf_counter()
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        payload = response.read()
        return response.status, payload, time.perf_counter() - started
    except (ConnectionError, socket.timeout) as e:
        # A server may close the connection on a body it refuses before it is all sent.
        return None, str(e).encode(), 0.0
    finally:
        connection.close()


def trickle(host, port, seconds):
    """A slow client: sends its request a few bytes at a time over `seconds`."""
    body = urllib.parse.urlencode({"text": "He go to school every days.", "language": "en-US"}).encode()
    head = ("POST /v2/check HTTP/1.1\r\nHost: %s\r\nContent-Type: application/x-www-form-urlencoded"
            "\r\nContent-Length: %d\r\nConnection: close\r\n\r\n" % (host, len(body))).encode()
    request = head + body
    with socket.create_connection((host, port), timeout=120) as s:
        pause = seconds / max(1, len(request) // 4)
        try:
            for i in range(0, len(request), 4):
                s.sendall(request[i:i + 4])
                time.sleep(pause)
        except OSError:
            pass
        answer = b""
        try:
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    line = answer.split(b"\r\n", 1)[0].decode("latin-1")
    return int(line.split()[1]) if line.startswith("HTTP/") else None, answer


def listing(folder):
    result = {}
    for dirpath, dirnames, filenames in os.walk(folder):
        for name in dirnames + filenames:
            path = os.path.join(dirpath, name)
            try:
                st = os.lstat(path)
                result[os.path.relpath(path, folder)] = (st.st_size, st.st_mtime_ns)
            except OSError:
                pass
    return result


def status_field(pid, field):
    for line in pathlib.Path("/proc/%d/status" % pid).read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=10000)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--slow-clients", type=int, default=4,
                        help="slow clients trickling requests during the load (default 4)")
    parser.add_argument("--flood", type=int, default=20,
                        help="slow clients connected at once afterwards, to see whether they "
                             "lock ordinary requests out (default 20)")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--heap", default="1400m",
                        help="the server's -Xmx; the default is what ./tqc gives every command")
    corpus = serve_servers.SHARED / "corpus"
    parser.add_argument("--corpus", nargs=2, action="append", metavar=("LANG", "DIR"), default=None)
    args = parser.parse_args()
    corpora = args.corpus or [("en-US", str(corpus / "mqm-wmt23/zh-en")),
                              ("de-DE", str(corpus / "mqm-wmt23/en-de")),
                              ("ru-RU", str(corpus / "en-ru-wmt22qe-dev"))]
    texts = []
    for language, folder in corpora:
        found = sentences(folder, language)
        if not found:
            found = sentences(pathlib.Path(folder) / "mt", language)
        texts += found
    languages = collections.Counter(t[0] for t in texts)
    rng = random.Random(args.seed)
    plan = Plan(texts, rng)
    requests = [plan.one() for _ in range(args.requests)]

    sandbox = pathlib.Path(tempfile.mkdtemp(prefix="serve-abuse-"))
    work, home, tmp = (sandbox / n for n in ("work", "home", "tmp"))
    for folder in (work, home, tmp):
        folder.mkdir()
    env = dict(os.environ, HOME=str(home), XDG_CACHE_HOME=str(home / ".cache"))
    tmp_before = set(os.listdir("/tmp"))
    before = {f: listing(f) for f in (work, home, tmp)}
    server = serve_servers.tqc(cwd=work, env=env, jvm=["-Xmx" + args.heap, "-XX:+UseParallelGC",
                                                         "-Djava.io.tmpdir=" + str(tmp)])
    url = urllib.parse.urlsplit(server.api)
    host, port = url.hostname, url.port
    print("tqc serve pid %d at %s; %d texts (%s)" % (server.pid, server.api, len(texts),
                                                     dict(languages)), file=sys.stderr)

    outcomes = collections.Counter()
    wrong = []
    latencies = collections.defaultdict(list)
    rss_samples = []
    health_failures = []
    stop = threading.Event()

    def watch():
        while not stop.wait(2):
            rss_samples.append(status_field(server.pid, "VmRSS"))
            status, body, _ = send(host, port, "GET", "/v2/healthcheck", None, timeout=60)
            if status != 200:
                health_failures.append((status, body[:200]))

    def judge(kind, expected, status, body):
        text = body.decode("utf-8", "replace")
        problem = None
        if status not in expected:
            problem = "status %s, expected %s" % (status, sorted(expected))
        elif any(sign in text for sign in STACK_TRACE_SIGNS):
            problem = "stack trace in the response"
        elif status == 200 and kind not in ("languages",):
            try:
                json.loads(text)["matches"]
            except (ValueError, KeyError):
                problem = "200 without a JSON check result"
        elif status != 200 and status is not None and not text.startswith("Error: "):
            problem = "error without a plain 'Error: ' message"
        outcomes[(kind, status, problem is None)] += 1
        if problem:
            wrong.append((kind, status, problem, text[:300]))

    def one(request):
        kind, method, path, body, expected = request
        status, payload, elapsed = send(host, port, method, path, body)
        latencies[kind].append(elapsed)
        judge(kind, expected, status, payload)

    watcher = threading.Thread(target=watch, daemon=True)
    watcher.start()
    started = time.perf_counter()
    try:
        with concurrent.futures.ThreadPoolExecutor(args.concurrency + args.slow_clients) as pool:
            slow = [pool.submit(trickle, host, port, 20) for _ in range(args.slow_clients)]
            list(pool.map(one, requests))
            for future in slow:
                status, answer = future.result()
                judge("slow client", {200, 408}, status, answer.split(b"\r\n\r\n", 1)[-1])
        wall = time.perf_counter() - started
        flood = collections.Counter()
        if args.flood:
            with concurrent.futures.ThreadPoolExecutor(args.flood + 1) as pool:
                slow = [pool.submit(trickle, host, port, 20) for _ in range(args.flood)]
                time.sleep(3)
                for _ in range(10):
                    flood[send(host, port, "POST", "/v2/check", urllib.parse.urlencode(
                        {"text": "He go home.", "language": "en-US"}).encode())[0]] += 1
                flood_slow = collections.Counter(f.result()[0] for f in slow)
        stop.set()
        watcher.join()
        final_health = send(host, port, "GET", "/v2/healthcheck", None)[0]
        final_check = send(host, port, "POST", "/v2/check",
                           urllib.parse.urlencode({"text": "He go home.", "language": "en-US"}).encode())[0]
        peak = status_field(server.pid, "VmHWM")
        alive = server.process.poll() is None
    finally:
        stop.set()
        server.stop()
    after = {f: listing(f) for f in (work, home, tmp)}
    tmp_new = sorted(set(os.listdir("/tmp")) - tmp_before)

    print("\n## Result\n")
    print("%d requests + %d slow clients in %.0f s (concurrency %d, seed %d)" % (
        args.requests, args.slow_clients, wall, args.concurrency, args.seed))
    print("\n| request | status | right | count | median ms |\n| --- | ---: | --- | ---: | ---: |")
    for (kind, status, right), count in sorted(outcomes.items(), key=lambda x: (x[0][0], str(x[0][1]))):
        times = sorted(latencies.get(kind, [0]))
        print("| %s | %s | %s | %d | %.0f |" % (kind, status, "yes" if right else "NO", count,
                                                 1000 * times[len(times) // 2]))
    if args.flood:
        print("\nwith %d slow clients connected at once, 10 ordinary checks got: %s; the slow "
              "clients got: %s" % (args.flood, dict(flood), dict(flood_slow)))
    print("\nwrong answers: %d" % len(wrong))
    for item in wrong[:20]:
        print("  ", item)
    print("healthcheck failures during the run: %d; after it: healthcheck %s, check %s; process alive: %s"
          % (len(health_failures), final_health, final_check, alive))
    samples = [s for s in rss_samples if s]
    print("peak RSS (VmHWM): %.0f MB; RSS sampled every 2 s: min %.0f MB, max %.0f MB, last %.0f MB"
          % (peak / 1024, min(samples) / 1024, max(samples) / 1024, samples[-1] / 1024))
    for folder in (work, home, tmp):
        changed = sorted(set(after[folder]) ^ set(before[folder])
                         | {k for k in after[folder] if before[folder].get(k) not in (None, after[folder][k])})
        print("written in %s: %s" % (folder.name, changed or "nothing"))
    print("new entries in /tmp during the run (any process on the machine): %s"
          % ([n for n in tmp_new if n != sandbox.name] or "none"))
    return 1 if wrong or health_failures or not alive else 0


if __name__ == "__main__":
    sys.exit(main())
