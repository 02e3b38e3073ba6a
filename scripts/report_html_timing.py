"""Times report.html in headless Chromium through chromedriver's WebDriver HTTP API.

Usage: report_html_timing.py RUNS WORKDIR REPORT [BASELINE_REPORT]

Each run starts a fresh browser with a fresh profile, loads each report in turn (so machine
noise hits both alike) and, on the first report, times a sort, filters and opening a
document. Prints the medians and, with a baseline, the ratio of load times.
"""
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request

NETWORK_OFF = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--disable-sync", "--no-first-run",
               "--window-size=1280,1000"]

# Runs an action in the page and resolves with the ms from just before it until the frame after
# it has been drawn (requestAnimationFrame, then a task once that frame is done).
TIMED = """
var done = arguments[arguments.length - 1];
var t0 = performance.now();
(function () { %s }());
requestAnimationFrame(function () {
  setTimeout(function () { done(performance.now() - t0); }, 0);
});
"""

ACTIONS = [
    ("sort by name", "document.querySelector('button[data-sort=name]').click();"),
    ("sort worst first again", "document.querySelector('button[data-sort=penalty]').click();"),
    ("filter category Fluency/Spelling",
     "var s = document.querySelector('select[data-filter=cat]'); s.value = 'Fluency/Spelling';"
     " s.dispatchEvent(new Event('change'));"),
    ("filter category off",
     "var s = document.querySelector('select[data-filter=cat]'); s.value = '';"
     " s.dispatchEvent(new Event('change'));"),
    ("hide minor findings",
     "document.querySelector('input[data-filter=sev][value=minor]').click();"),
    ("filter verdict: hide fail",
     "document.querySelector('input[data-filter=verdict][value=fail]').click();"),
    ("open a document",
     "document.querySelectorAll('table.overview tbody tr:not(.hidden) a[data-open]')[1].click();"),
]


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def call(base, method, path, body=None):
    data = None if body is None else json.dumps(body).encode()
    request = urllib.request.Request(base + path, data=data, method=method,
                                     headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(request, timeout=600) as response:
        return json.loads(response.read())["value"]


def main():
    runs, work, reports = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    port = free_port()
    driver = subprocess.Popen([shutil.which("chromedriver"), "--port=%d" % port],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = "http://127.0.0.1:%d" % port
    try:
        for _ in range(100):
            try:
                call(base, "GET", "/status")
                break
            except OSError:
                time.sleep(0.1)
        loads = {r: [] for r in reports}
        dom_ready = {r: [] for r in reports}
        actions = {name: [] for name, _ in ACTIONS}
        for run in range(runs):
            for index, report in enumerate(reports):
                profile = os.path.join(work, "profile-%d-%d" % (run, index))
                caps = {"capabilities": {"alwaysMatch": {
                    "browserName": "chrome",
                    "goog:chromeOptions": {"binary": shutil.which("chromium"),
                                           "args": NETWORK_OFF + ["--user-data-dir=" + profile]},
                    "timeouts": {"pageLoad": 600000, "script": 600000}}}}
                session = call(base, "POST", "/session", caps)["sessionId"]
                path = "/session/" + session
                try:
                    call(base, "POST", path + "/url", {"url": "file://" + report})
                    # Load: navigation start until the load event ended (parsing, styles, the
                    # script's set-up and the first document's rendering); then the first frame.
                    nav = call(base, "POST", path + "/execute/async", {"script": """
                        var done = arguments[0];
                        requestAnimationFrame(function () { setTimeout(function () {
                          var n = performance.getEntriesByType('navigation')[0];
                          done([n.domContentLoadedEventEnd, performance.now()]);
                        }, 0); });""", "args": []})
                    dom_ready[report].append(nav[0])
                    loads[report].append(nav[1])
                    if index == 0:
                        for name, action in ACTIONS:
                            actions[name].append(call(base, "POST", path + "/execute/async",
                                                      {"script": TIMED % action, "args": []}))
                finally:
                    call(base, "DELETE", path)
                shutil.rmtree(profile, ignore_errors=True)
            print("run %d done" % (run + 1), file=sys.stderr)
    finally:
        driver.terminate()
        driver.wait()

    def median(values):
        return "%.0f ms" % statistics.median(values)

    def spread(values):
        return "%.0f-%.0f" % (min(values), max(values))

    print("| report.html | size | DOM ready (median) | loaded and drawn (median) | range |")
    print("| --- | --- | --- | --- | --- |")
    for index, report in enumerate(reports):
        label = "this tree" if index == 0 else "baseline"
        print("| %s | %.1f MB | %s | %s | %s ms |" % (
            label, os.path.getsize(report) / 1e6, median(dom_ready[report]),
            median(loads[report]), spread(loads[report])))
    if len(reports) == 2:
        ratio = statistics.median(loads[reports[0]]) / statistics.median(loads[reports[1]])
        print("\nload time, this tree / baseline: %.2fx" % ratio)
    print("\n| action (this tree, %d runs) | median | range |" % runs)
    print("| --- | --- | --- |")
    for name, _ in ACTIONS:
        print("| %s | %s | %s ms |" % (name, median(actions[name]), spread(actions[name])))


if __name__ == "__main__":
    main()
