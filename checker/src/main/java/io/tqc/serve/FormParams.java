package io.tqc.serve;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The parameters of a request, read as LanguageTool's server reads them: the query string and,
 * for POST, the body, both as {@code application/x-www-form-urlencoded} whatever the
 * Content-Type says (LTeX sends form bodies labelled {@code application/json}); a key given
 * twice keeps its last value, and a body value wins over the query's.
 */
final class FormParams {
  private final Map<String, String> values;

  private FormParams(Map<String, String> values) {
    this.values = values;
  }

  /**
   * @param query the raw (still encoded) query string, or null
   * @param body the raw body, or empty
   * @throws ApiException 400 on a bad percent escape
   */
  static FormParams parse(String query, String body) {
    Map<String, String> values = new HashMap<>();
    addAll(query, values);
    addAll(body, values);
    return new FormParams(values);
  }

  private static void addAll(String encoded, Map<String, String> values) {
    if (encoded == null || encoded.isEmpty()) {
      return;
    }
    for (String pair : encoded.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int equals = pair.indexOf('=');
      String key = equals < 0 ? pair : pair.substring(0, equals);
      String value = equals < 0 ? "" : pair.substring(equals + 1);
      values.put(decode(key, encoded), decode(value, encoded));
    }
  }

  private static String decode(String part, String whole) {
    try {
      return URLDecoder.decode(part, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest("Could not decode query. Query length: " + whole.length()
          + ": " + e.getMessage());
    }
  }

  Optional<String> get(String key) {
    return Optional.ofNullable(values.get(key));
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  /** A yes/no parameter: {@code true} or {@code yes} (any case) is yes. */
  boolean flag(String key) {
    return get(key).map(v -> v.equalsIgnoreCase("true") || v.equalsIgnoreCase("yes"))
        .orElse(false);
  }
}
