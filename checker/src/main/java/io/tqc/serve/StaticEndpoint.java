package io.tqc.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * A file of the page, from the class path, with a Content-Security-Policy that lets it load
 * only its own scripts and styles and talk only to this server.
 */
final class StaticEndpoint implements Endpoint {
  static final String CSP = "default-src 'none'; script-src 'self'; style-src 'self'; "
      + "img-src 'self' data:; connect-src 'self'; form-action 'none'; base-uri 'none'; "
      + "frame-ancestors 'none'";

  private final byte[] content;
  private final String contentType;
  private final boolean needsToken;

  /** @param needsToken false for the script and style, which hold no data */
  StaticEndpoint(String resource, String contentType, boolean needsToken) {
    this.needsToken = needsToken;
    try (InputStream in = StaticEndpoint.class.getResourceAsStream("page/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing page resource " + resource);
      }
      this.content = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.contentType = contentType;
  }

  @Override
  public boolean needsToken() {
    return needsToken;
  }

  @Override
  public void handle(Exchange exchange) throws IOException {
    exchange.http().getResponseHeaders().set("Content-Security-Policy", CSP);
    exchange.http().getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange.http().getResponseHeaders().set("Referrer-Policy", "no-referrer");
    exchange.http().getResponseHeaders().set("Cache-Control", "no-cache");
    exchange.send(200, contentType, content);
  }
}
