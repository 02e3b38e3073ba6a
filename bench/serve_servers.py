"""Starts tqc serve and LanguageTool's 6.8 server as processes for the serve benchmarks.

Both need a build first: `mvn -q -o -B -DskipTests process-test-classes` writes the checker's
class path (checker/target/tqc.classpath) and the LanguageTool server's
(serve-tests/target/languagetool-server.classpath).
"""
import os
import pathlib
import re
import socket
import subprocess
import threading
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
# ../shared beside the main checkout; a worktree under wt/ has it one folder further up.
SHARED = next((p / "shared" for p in (ROOT.parent, ROOT.parent.parent)
               if (p / "shared" / "corpus").is_dir()), ROOT.parent / "shared")
TQC_READY = re.compile(r"^tqc: serving (http://\S+/) \(API at /v2\)$")


class Server:
    def __init__(self, name, command, cwd, ready, api, env=None):
        self.name = name
        self.log = []
        self.process = subprocess.Popen(command, cwd=cwd, env=env, stdout=subprocess.PIPE,
                                        stderr=subprocess.STDOUT, text=True, encoding="utf-8")
        self.api = None
        started = threading.Event()

        def read():
            for line in self.process.stdout:
                self.log.append(line)
                del self.log[:-200]
                m = ready.search(line.rstrip("\n"))
                if m and not started.is_set():
                    self.api = api(m)
                    started.set()
            started.set()

        threading.Thread(target=read, daemon=True).start()
        started.wait(600)
        if self.api is None:
            self.stop()
            raise SystemExit("%s did not start:\n%s" % (name, "".join(self.log)))

    @property
    def pid(self):
        return self.process.pid

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def java():
    home = os.environ.get("JAVA_HOME")
    return str(pathlib.Path(home, "bin", "java")) if home else "java"


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def classpath(path):
    return (ROOT / path).read_text(encoding="utf-8").strip()


def tqc(args=(), cwd=ROOT, jvm=(), env=None):
    target = ROOT / "checker" / "target"
    cp = str(target / "classes") + os.pathsep + classpath("checker/target/tqc.classpath")
    command = [java(), *jvm, "-cp", cp, "io.tqc.cli.Main", "serve", "--port", "0", *args]
    return Server("tqc serve", command, cwd, TQC_READY, lambda m: m.group(1) + "v2", env)


def languagetool(cwd, jvm=()):
    port = free_port()
    command = [java(), *jvm, "-cp", classpath("serve-tests/target/languagetool-server.classpath"),
               "org.languagetool.server.HTTPServer", "--port", str(port)]
    return Server("LanguageTool 6.8 server", command, cwd, re.compile(r"Server started$"),
                  lambda m: "http://127.0.0.1:%d/v2" % port)
