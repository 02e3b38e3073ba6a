package io.tqc.serve;

import io.tqc.engine.VerdictPolicy;
import java.net.InetAddress;
import java.util.Objects;
import java.util.Set;

/**
 * How {@code tqc serve} listens and what it admits.
 *
 * @param host the address to bind
 * @param port the port, 0 for any free one
 * @param token the access token every request must carry, null for none (loopback only)
 * @param allowedOrigins browser origins that may call the API from their pages (CORS)
 * @param workers threads that check texts (each keeps its own LanguageTool per language)
 * @param queue requests that may wait for a worker; beyond them the server answers 503
 * @param maxTextLength most UTF-16 characters of one text (413 beyond)
 * @param maxUploadBytes most bytes of one uploaded file (413 beyond)
 * @param policy verdict thresholds for the page and the reports
 * @param tqcVersion tqc's version, for /v2/info and the reports
 */
public record ServeSettings(InetAddress host, int port, String token, Set<String> allowedOrigins,
    int workers, int queue, int maxTextLength, long maxUploadBytes, VerdictPolicy policy,
    String tqcVersion) {

  public ServeSettings {
    Objects.requireNonNull(host, "host");
    allowedOrigins = Set.copyOf(allowedOrigins);
    token = token == null || token.isEmpty() ? null : token;
    if (token == null && !host.isLoopbackAddress()) {
      throw new IllegalArgumentException("serving on " + host.getHostAddress() + ", which is "
          + "not a loopback address, needs an access token (--token or token= in the config)");
    }
    if (workers < 1 || queue < 0) {
      throw new IllegalArgumentException("need at least 1 worker and a queue of 0 or more, got "
          + workers + " and " + queue);
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("no such port: " + port);
    }
  }
}
