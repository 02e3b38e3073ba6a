package io.tqc.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

/**
 * Who may call: with an access token, every request must carry it, as {@code Authorization:
 * Bearer TOKEN} or {@code token=TOKEN} in the query string (the page passes it on from its own
 * address); browsers may read the answers only from the origins named with
 * {@code --allow-origin}.
 */
final class AccessPolicy {
  private final byte[] token;
  private final Set<String> allowedOrigins;

  AccessPolicy(String token, Set<String> allowedOrigins) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
    this.allowedOrigins = Set.copyOf(allowedOrigins);
  }

  boolean authorized(Exchange exchange) {
    if (token == null) {
      return true;
    }
    String header = exchange.header("Authorization");
    if (header != null && header.startsWith("Bearer ")
        && same(header.substring("Bearer ".length()).strip())) {
      return true;
    }
    String query = exchange.query();
    if (query == null) {
      return false;
    }
    for (String pair : query.split("&")) {
      if (pair.startsWith("token=")) {
        try {
          return same(URLDecoder.decode(pair.substring(6), StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
          return false;
        }
      }
    }
    return false;
  }

  /** Constant time, so the answer's timing does not tell how much of a guess was right. */
  private boolean same(String candidate) {
    return MessageDigest.isEqual(token, candidate.getBytes(StandardCharsets.UTF_8));
  }

  /** The origin to echo in {@code Access-Control-Allow-Origin}, or null for none. */
  String allowedOrigin(Exchange exchange) {
    String origin = exchange.header("Origin");
    if (origin == null) {
      return null;
    }
    if (allowedOrigins.contains(origin)) {
      return origin;
    }
    return allowedOrigins.contains("*") ? "*" : null;
  }
}
