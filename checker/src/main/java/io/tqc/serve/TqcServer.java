package io.tqc.serve;

import com.sun.net.httpserver.HttpServer;
import io.tqc.read.bilingual.SourcePairing;
import io.tqc.setup.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code tqc serve}: LanguageTool's HTTP API (v2) answered by tqc's engine, and the editors'
 * page at {@code /}, on the JDK's HTTP server.
 */
public final class TqcServer implements AutoCloseable {
  /** Connections waiting for a request thread; beyond them the accepting thread answers. */
  private static final int CONNECTION_BACKLOG = 64;
  /** Request threads beyond the check places, for the light requests (languages, page). */
  private static final int LIGHT_THREADS = 4;

  private final HttpServer http;
  private final ThreadPoolExecutor requests;
  private final CheckService service;
  private final TempFolder temp;

  private TqcServer(HttpServer http, ThreadPoolExecutor requests, CheckService service,
      TempFolder temp) {
    this.http = http;
    this.requests = requests;
    this.service = service;
    this.temp = temp;
  }

  /** Starts serving; the engine's rules and packs are loaded, its languages load on demand. */
  public static TqcServer start(Engine engine, ServeSettings settings, PrintWriter log)
      throws IOException {
    // A client that never finishes its request headers must not hold a thread for ever.
    System.setProperty("sun.net.httpserver.maxReqTime",
        System.getProperty("sun.net.httpserver.maxReqTime", "60"));
    TempFolder temp = new TempFolder();
    CheckService service = new CheckService(engine, settings.workers());
    ServerInfo info = new ServerInfo(settings.tqcVersion());
    TextLimit limit = new TextLimit(settings.maxTextLength());
    CheckResponseWriter writer = new CheckResponseWriter(service.catalog(), info,
        settings.policy());
    Map<String, Endpoint> endpoints = Map.ofEntries(
        Map.entry("/v2/check", new CheckEndpoint(service, writer, limit)),
        Map.entry("/v2/languages", exchange -> exchange.json(info.languages())),
        Map.entry("/v2/info", exchange -> exchange.json(info.info())),
        Map.entry("/v2/healthcheck", exchange -> exchange.text("OK")),
        Map.entry("/v2/maxtextlength", exchange -> exchange.text(
            Integer.toString(limit.maxChars()))),
        Map.entry("/tqc/upload", new UploadEndpoint(engine.reader(SourcePairing.NONE), temp,
            settings.maxUploadBytes())),
        Map.entry("/tqc/report", new ReportEndpoint(service, limit, temp, settings.policy(),
            settings.tqcVersion())),
        Map.entry("/", new StaticEndpoint("index.html", "text/html; charset=utf-8", true)),
        Map.entry("/page.js", new StaticEndpoint("page.js",
            "text/javascript; charset=utf-8", false)),
        Map.entry("/page.css", new StaticEndpoint("page.css", "text/css; charset=utf-8",
            false)));
    int places = settings.workers() + settings.queue();
    AtomicInteger number = new AtomicInteger();
    ThreadPoolExecutor requests = new ThreadPoolExecutor(places + LIGHT_THREADS,
        places + LIGHT_THREADS, 30, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(CONNECTION_BACKLOG), task -> {
          Thread thread = new Thread(task, "tqc-http-" + number.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, new ThreadPoolExecutor.CallerRunsPolicy());
    HttpServer http;
    try {
      http = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
    } catch (IOException e) {
      service.close();
      temp.close();
      throw e;
    }
    http.createContext("/", new Router(endpoints,
        new AccessPolicy(settings.token(), settings.allowedOrigins()), new Admission(places),
        log));
    http.setExecutor(requests);
    http.start();
    return new TqcServer(http, requests, service, temp);
  }

  public InetSocketAddress address() {
    return http.getAddress();
  }

  /** The page's address; the API is under {@code /v2}. */
  public URI uri() {
    InetSocketAddress address = address();
    String host = address.getAddress().getHostAddress();
    if (host.contains(":")) {
      host = "[" + host + "]";
    }
    return URI.create("http://" + host + ":" + address.getPort() + "/");
  }

  /** The folder uploads and reports are written in while they are answered. */
  public java.nio.file.Path tempFolder() {
    return temp.root();
  }

  /** Stops accepting, gives running requests a second, and deletes the temp folder. */
  @Override
  public synchronized void close() {
    http.stop(1);
    requests.shutdownNow();
    service.close();
    temp.close();
  }
}
