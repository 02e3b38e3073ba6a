package io.tqc.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One request and its answer: reading the body within a limit, writing a response once. */
final class Exchange {
  private final HttpExchange http;
  private boolean answered;

  Exchange(HttpExchange http) {
    this.http = http;
  }

  HttpExchange http() {
    return http;
  }

  String method() {
    return http.getRequestMethod();
  }

  String path() {
    return http.getRequestURI().getPath();
  }

  /** The raw (still percent-encoded) query string, or null. */
  String query() {
    return http.getRequestURI().getRawQuery();
  }

  String header(String name) {
    return http.getRequestHeaders().getFirst(name);
  }

  boolean answered() {
    return answered;
  }

  /**
   * The body, at most {@code maxBytes}.
   *
   * @throws ApiException 413 (with {@code tooLarge} as message) when it is longer
   */
  byte[] body(long maxBytes, String tooLarge) throws IOException {
    String declared = header("Content-Length");
    if (declared != null) {
      try {
        if (Long.parseLong(declared.strip()) > maxBytes) {
          throw new ApiException(413, tooLarge);
        }
      } catch (NumberFormatException e) {
        throw ApiException.badRequest("Content-Length is not a number: " + declared);
      }
    }
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    byte[] buffer = new byte[65536];
    try (InputStream in = http.getRequestBody()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        if (body.size() + (long) read > maxBytes) {
          throw new ApiException(413, tooLarge);
        }
        body.write(buffer, 0, read);
      }
    }
    return body.toByteArray();
  }

  String bodyText(long maxBytes, String tooLarge) throws IOException {
    return method().equals("POST")
        ? new String(body(maxBytes, tooLarge), StandardCharsets.UTF_8) : "";
  }

  /** An error as LanguageTool writes it: {@code Error: <message>}, no Content-Type. */
  void error(int status, String message) throws IOException {
    if (status == 413 || status == 503) {
      // The body may not have been read: the connection cannot carry another request.
      http.getResponseHeaders().set("Connection", "close");
    }
    send(status, null, ("Error: " + message).getBytes(StandardCharsets.UTF_8));
  }

  void text(String body) throws IOException {
    send(200, "text/plain; charset=utf-8", body.getBytes(StandardCharsets.UTF_8));
  }

  void json(byte[] body) throws IOException {
    send(200, "application/json; charset=utf-8", body);
  }

  void send(int status, String contentType, byte[] body) throws IOException {
    answered = true;
    if (contentType != null) {
      http.getResponseHeaders().set("Content-Type", contentType);
    }
    boolean head = method().equals("HEAD");
    http.sendResponseHeaders(status, head || body.length == 0 ? -1 : body.length);
    if (!head) {
      try (OutputStream out = http.getResponseBody()) {
        out.write(body);
      }
    }
  }
}
