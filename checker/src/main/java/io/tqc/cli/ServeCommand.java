package io.tqc.cli;

import io.tqc.engine.VerdictPolicy;
import io.tqc.serve.ServeSettings;
import io.tqc.serve.TqcServer;
import io.tqc.setup.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code tqc serve}: LanguageTool's HTTP API, answered with tqc's findings, for the editors'
 * tools that speak it (LibreOffice, LTeX, browser add-ons), and a page at {@code /} for checking
 * an article in a browser. Set up from the same options and engine as {@code tqc check}.
 */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    sortOptions = false,
    description = {
        "Serves LanguageTool's HTTP API (/v2/check, /v2/languages, ...) with tqc's findings, "
            + "and a page at / for checking an article in a browser. Runs until Ctrl-C.",
        "Binds to loopback unless --host says otherwise; then --token is required."},
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "2:usage or configuration error (a port in use included)",
        "130:stopped with Ctrl-C"})
public final class ServeCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--port", paramLabel = "N", defaultValue = "8081",
      description = "Port to listen on, 0 for any free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
      description = "Address to listen on (default: ${DEFAULT-VALUE}). Any other than a "
          + "loopback address needs --token.")
  String host;

  @Option(names = "--token", paramLabel = "TOKEN",
      description = "Access token every request must carry, as 'Authorization: Bearer TOKEN' "
          + "or token=TOKEN in the query string (the page: open /?token=TOKEN). Config key: "
          + "token.")
  String token;

  @Option(names = "--allow-origin", paramLabel = "ORIGIN", split = ",",
      description = "Browser origins (e.g. https://editor.example.org, or *) whose pages may "
          + "call the API (CORS). Repeatable. Default: none.")
  List<String> allowOrigins = new ArrayList<>();

  @Option(names = "--workers", paramLabel = "N",
      description = "Threads checking texts, each with its own LanguageTool per language "
          + "(default: the number of processors, at most 4; here ${DEFAULT-VALUE}).")
  int workers = Math.min(4, Runtime.getRuntime().availableProcessors());

  @Option(names = "--queue", paramLabel = "N", defaultValue = "16",
      description = "Requests that may wait for a worker; more are answered 503 "
          + "(default: ${DEFAULT-VALUE}).")
  int queue;

  @Option(names = "--max-upload-mb", paramLabel = "MB", defaultValue = "50",
      description = "Largest file the page may upload (default: ${DEFAULT-VALUE}).")
  int maxUploadMb;

  @Mixin
  EngineOptions engineOptions;

  @Mixin
  ConfigOption configOption;

  @Override
  public Integer call() throws IOException, InterruptedException {
    PrintWriter err = spec.commandLine().getErr();
    Engine engine = Engine.start(engineOptions.settings());
    ServeSettings settings = settings(engine);
    try (InterruptGuard guard = new InterruptGuard(err, "tqc: stopped")) {
      TqcServer server;
      try {
        server = TqcServer.start(engine, settings, err);
      } catch (IOException e) {
        throw new ConfigurationException("cannot listen on " + host + ":" + port + ": "
            + IoProblem.describe(e), e);
      }
      guard.onInterrupt(server::close);
      err.println("tqc: serving " + server.uri() + " (API at /v2)");
      err.flush();
      new CountDownLatch(1).await();
      return 0;
    }
  }

  private ServeSettings settings(Engine engine) {
    InetAddress address;
    try {
      address = InetAddress.getByName(host);
    } catch (UnknownHostException e) {
      throw new ConfigurationException("--host: unknown address '" + host + "'");
    }
    if (maxUploadMb < 1) {
      throw new ConfigurationException("--max-upload-mb must be at least 1, got " + maxUploadMb);
    }
    try {
      return new ServeSettings(address, port, token, new LinkedHashSet<>(allowOrigins), workers,
          queue, engine.settings().readLimits().maxTextChars(), maxUploadMb * 1024L * 1024L,
          new VerdictPolicy(VerdictPolicy.DEFAULT_PASS_MAX, VerdictPolicy.DEFAULT_FAIL_MIN),
          Version.TQC);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException(e.getMessage());
    }
  }
}
