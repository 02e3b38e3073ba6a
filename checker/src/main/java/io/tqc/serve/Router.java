package io.tqc.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Map;
import java.util.Set;

/**
 * Every request passes here: CORS for the allowed origins, the access token, the endpoint for
 * the path, admission for requests that check text, and errors as plain messages (never a stack
 * trace; an unexpected failure is logged as one line on the server's stderr).
 */
final class Router implements HttpHandler {
  private static final Set<String> METHODS = Set.of("GET", "POST", "HEAD");

  private final Map<String, Endpoint> endpoints;
  private final AccessPolicy access;
  private final Admission admission;
  private final PrintWriter log;

  Router(Map<String, Endpoint> endpoints, AccessPolicy access, Admission admission,
      PrintWriter log) {
    this.endpoints = Map.copyOf(endpoints);
    this.access = access;
    this.admission = admission;
    this.log = log;
  }

  @Override
  public void handle(HttpExchange http) {
    Exchange exchange = new Exchange(http);
    try {
      route(exchange);
    } catch (ApiException e) {
      answer(exchange, e.status(), e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer(exchange, 503, "The server is stopping");
    } catch (IOException e) {
      // The client went away or sent a broken request; there is no one to answer.
    } catch (RuntimeException | Error e) {
      log.println("tqc: internal error on " + exchange.path() + ": " + e);
      log.flush();
      answer(exchange, 500, "Internal error");
    } finally {
      http.close();
    }
  }

  private void route(Exchange exchange) throws IOException, InterruptedException {
    String origin = access.allowedOrigin(exchange);
    if (origin != null) {
      exchange.http().getResponseHeaders().set("Access-Control-Allow-Origin", origin);
      exchange.http().getResponseHeaders().set("Vary", "Origin");
      if (exchange.method().equals("OPTIONS")) {
        exchange.http().getResponseHeaders().set("Access-Control-Allow-Methods", "GET, POST");
        exchange.http().getResponseHeaders().set("Access-Control-Allow-Headers",
            "Authorization, Content-Type");
        exchange.http().getResponseHeaders().set("Access-Control-Max-Age", "600");
        exchange.send(204, null, new byte[0]);
        return;
      }
    }
    Endpoint endpoint = endpoints.get(exchange.path());
    if ((endpoint == null || endpoint.needsToken()) && !access.authorized(exchange)) {
      throw new ApiException(401, "Missing or wrong access token: send the header "
          + "'Authorization: Bearer TOKEN' or token=TOKEN in the query string");
    }
    if (endpoint == null) {
      throw new ApiException(404, "Unsupported action: '" + exchange.path() + "'");
    }
    if (!METHODS.contains(exchange.method())) {
      throw ApiException.badRequest("Unsupported method: " + exchange.method());
    }
    if (!endpoint.heavy()) {
      endpoint.handle(exchange);
      return;
    }
    if (!admission.tryEnter()) {
      throw new ApiException(503, "The server is busy: too many requests are waiting. Please "
          + "try again later.");
    }
    try {
      endpoint.handle(exchange);
    } finally {
      admission.leave();
    }
  }

  private static void answer(Exchange exchange, int status, String message) {
    if (exchange.answered()) {
      return;
    }
    try {
      exchange.error(status, message);
    } catch (IOException e) {
      // the client is gone
    }
  }
}
