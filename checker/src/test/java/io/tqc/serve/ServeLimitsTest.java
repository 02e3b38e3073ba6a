package io.tqc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.VerdictPolicy;
import io.tqc.setup.Engine;
import io.tqc.setup.EngineSettings;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The time limit (500, or partial results when allowed) and the bounded queue (503). */
class ServeLimitsTest {
  private final HttpClient client = HttpClient.newHttpClient();
  private final StringWriter log = new StringWriter();

  private static Engine engine(Duration timeLimit) {
    EngineSettings defaults = EngineSettings.defaults(List.of());
    return Engine.start(new EngineSettings("auto", Map.of(), "auto", defaults.readLimits(),
        new CheckTimeLimit(timeLimit), List.of(), Set.of(), Set.of(), Map.of(), Map.of(),
        false));
  }

  private TqcServer start(Engine engine, int workers, int queue) throws Exception {
    return TqcServer.start(engine, new ServeSettings(InetAddress.getLoopbackAddress(), 0, null,
        Set.of(), workers, queue, 1000, 1 << 20, new VerdictPolicy(10, 25), "test"),
        new PrintWriter(log, true));
  }

  private HttpResponse<String> check(TqcServer server, String form) throws Exception {
    return client.send(HttpRequest.newBuilder(server.uri().resolve("/v2/check"))
        .timeout(Duration.ofSeconds(600))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  @Test
  void aCheckBeyondTheTimeLimitIs500OrPartialWhenAllowed() throws Exception {
    // A limit of one nanosecond: every check is past it when LanguageTool returns.
    try (TqcServer server = start(engine(Duration.ofNanos(1)), 1, 2)) {
      HttpResponse<String> refused = check(server, "language=en-US&text=I+has+an+error.");
      assertEquals(500, refused.statusCode());
      assertEquals("Error: Checking took longer than 0 seconds, which is this server's limit. "
          + "Please make sure you have selected the proper language or consider submitting a "
          + "shorter text.", refused.body());
      HttpResponse<String> partial = check(server,
          "language=en-US&text=I+has+an+error.&allowIncompleteResults=true");
      assertEquals(200, partial.statusCode(), partial.body());
      JsonNode body = new ObjectMapper().readTree(partial.body());
      assertEquals("{\"incompleteResults\":true,\"incompleteResultsReason\":\"Results are "
          + "incomplete: checking took longer than this server's time limit\"}",
          body.get("warnings").toString());
      assertEquals("[]", body.get("matches").toString());
    }
    assertEquals("", log.toString());
  }

  @Test
  void aRequestBeyondTheWorkersAndQueueIs503() throws Exception {
    try (TqcServer server = start(engine(CheckTimeLimit.DEFAULT), 1, 0);
        Socket slow = new Socket(server.address().getAddress(), server.address().getPort())) {
      // A client that sends its headers and then only part of its body holds the one place.
      OutputStream out = slow.getOutputStream();
      out.write(("POST /v2/check HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n"
          + "Content-Type: application/x-www-form-urlencoded\r\n\r\nlanguage=en")
          .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      HttpResponse<String> busy = null;
      for (int attempt = 0; attempt < 100; attempt++) {
        busy = check(server, "language=en-US&text=Hello.");
        if (busy.statusCode() == 503) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals(503, busy.statusCode(), busy.body());
      assertEquals("Error: The server is busy: too many requests are waiting. Please try again "
          + "later.", busy.body());
      assertEquals("OK", client.send(HttpRequest.newBuilder(
          server.uri().resolve("/v2/healthcheck")).build(),
          HttpResponse.BodyHandlers.ofString()).body(), "light requests are still answered");
      slow.close();
      HttpResponse<String> after = null;
      for (int attempt = 0; attempt < 100; attempt++) {
        after = check(server, "language=en-US&text=Hello.");
        if (after.statusCode() != 503) {
          break;
        }
        Thread.sleep(100);
      }
      assertEquals(200, after.statusCode(), "the place is free again once the client is gone");
      assertTrue(after.body().contains("\"matches\":[]"), after.body());
    }
  }
}
