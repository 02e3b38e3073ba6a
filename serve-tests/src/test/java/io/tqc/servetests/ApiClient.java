package io.tqc.servetests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** Sends /v2/check requests as a form POST, the way most LanguageTool clients do. */
final class ApiClient {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(30)).build();

  private ApiClient() {}

  /** The parsed response of a successful check; any other status is an assertion failure. */
  static JsonNode check(URI api, Map<String, String> parameters)
      throws IOException, InterruptedException {
    String form = parameters.entrySet().stream()
        .map(p -> encode(p.getKey()) + "=" + encode(p.getValue()))
        .collect(Collectors.joining("&"));
    HttpRequest request = HttpRequest.newBuilder(URI.create(api + "/check"))
        .timeout(Duration.ofMinutes(10))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)).build();
    HttpResponse<String> response = HTTP.send(request,
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new AssertionError(api + " answered " + response.statusCode() + " to " + parameters
          + ": " + response.body());
    }
    return JSON.readTree(response.body());
  }

  static JsonNode parse(String json) throws IOException {
    return JSON.readTree(json);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
