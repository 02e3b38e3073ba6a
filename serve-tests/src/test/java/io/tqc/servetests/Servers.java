package io.tqc.servetests;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Starts the two servers the tests talk to: {@code tqc serve} on the checker's own class path
 * (the one the {@code tqc} launcher uses, so nothing of this module reaches it), and
 * LanguageTool's 6.8 server on the class path this module's build writes.
 */
final class Servers {
  /** Generous: on a busy machine loading LanguageTool takes a while. */
  private static final Duration START_TIMEOUT = Duration.ofMinutes(5);
  private static final Pattern TQC_READY =
      Pattern.compile("^tqc: serving (http://\\S+/) \\(API at /v2\\)$");
  private static final Pattern LANGUAGETOOL_READY = Pattern.compile("Server started$");

  private Servers() {}

  /**
   * {@code tqc serve} on a free port, run in {@code workingDirectory} (where it looks for a
   * {@code rules/} folder), with {@code options} after {@code serve}.
   */
  static ServerProcess tqc(Path workingDirectory, String... options)
      throws IOException, InterruptedException {
    Path target = Path.of(System.getProperty("tqc.checker.target", "../checker/target"))
        .toAbsolutePath().normalize();
    String classpath = target.resolve("classes") + File.pathSeparator
        + Files.readString(target.resolve("tqc.classpath")).strip();
    List<String> command = new ArrayList<>(List.of(java(), "-cp", classpath,
        "io.tqc.cli.Main", "serve", "--port", "0", "--max-check-seconds", "600"));
    command.addAll(List.of(options));
    return ServerProcess.start(command, workingDirectory, TQC_READY,
        ready -> URI.create(ready.group(1)).resolve("v2"), START_TIMEOUT);
  }

  /** LanguageTool's own HTTP server, as its documentation starts it, on a free port. */
  static ServerProcess languageTool(Path workingDirectory)
      throws IOException, InterruptedException {
    Path classpathFile = Path.of(System.getProperty("tqc.languagetool.classpath",
        "target/languagetool-server.classpath"));
    int port = freePort();
    List<String> command = List.of(java(), "-cp", Files.readString(classpathFile).strip(),
        "org.languagetool.server.HTTPServer", "--port", Integer.toString(port));
    return ServerProcess.start(command, workingDirectory, LANGUAGETOOL_READY,
        ready -> URI.create("http://127.0.0.1:" + port + "/v2"), START_TIMEOUT);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
