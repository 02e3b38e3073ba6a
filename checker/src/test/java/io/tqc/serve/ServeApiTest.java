package io.tqc.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.tqc.cli.Main;
import io.tqc.engine.CheckTimeLimit;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.ReadLimits;
import io.tqc.read.TextIndex;
import io.tqc.setup.Engine;
import io.tqc.setup.EngineSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * tqc serve started in-process on a free port and asked over real HTTP, as LanguageTool's
 * clients ask: each endpoint, the ways clients send parameters, offsets after an emoji and
 * with markup, tqc's own and a rule pack's findings, the errors, the limits and the access rules.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ServeApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 300;
  private static final String HOUSE_PACK = "id,kind,pattern,message,suggestion,category,severity,"
      + "example_bad,example_good\n"
      + "HOUSE_PER_CENT,phrase,per cent,Write percent,percent,Style/Awkward,minor,"
      + "Up 3 <marker>per cent</marker>.,Up 3 percent.\n";
  /** LanguageTool's own example: "befor" is at UTF-16 offset 35 (code point 34). */
  private static final String EMOJI_TEXT = "This are a test. I has an 😀 emoji befor the erorr.";

  @TempDir
  static Path temp;

  private Path rules;
  private Engine engine;
  private TqcServer server;
  private final StringWriter log = new StringWriter();
  private final HttpClient client = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(30)).build();

  @BeforeAll
  void startServer() throws IOException {
    Path en = Files.createDirectories(temp.resolve("rules/en"));
    Files.writeString(en.resolve("house.csv"), HOUSE_PACK, StandardCharsets.UTF_8);
    rules = temp.resolve("rules");
    EngineSettings defaults = EngineSettings.defaults(List.of(rules));
    engine = Engine.start(new EngineSettings(defaults.language(), defaults.variants(),
        defaults.sourceLanguage(), ReadLimits.defaults().withMaxTextChars(MAX_TEXT),
        new CheckTimeLimit(Duration.ofSeconds(600)), defaults.ruleFolders(), Set.of(), Set.of(),
        Map.of(), Map.of(), false));
    server = TqcServer.start(engine, settings(InetAddress.getLoopbackAddress(), null, Set.of()),
        new PrintWriter(log, true));
  }

  private static ServeSettings settings(InetAddress host, String token, Set<String> origins) {
    return new ServeSettings(host, 0, token, origins, 1, 4, MAX_TEXT, 1 << 20,
        new VerdictPolicy(10, 25), "test-version");
  }

  @AfterAll
  void stopServer() {
    server.close();
    assertEquals("", log.toString(), "no internal errors");
    assertFalse(Files.exists(server.tempFolder()), "the temp folder is deleted");
  }

  private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
    return client.send(request.timeout(Duration.ofSeconds(600)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder at(TqcServer target, String pathAndQuery) {
    return HttpRequest.newBuilder(target.uri().resolve(pathAndQuery));
  }

  private HttpResponse<String> get(String pathAndQuery) throws Exception {
    return send(at(server, pathAndQuery).GET());
  }

  private HttpResponse<String> post(String pathAndQuery, String body, String contentType)
      throws Exception {
    return send(at(server, pathAndQuery).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  private HttpResponse<String> postForm(String... keysAndValues) throws Exception {
    return post("/v2/check", form(keysAndValues), "application/x-www-form-urlencoded");
  }

  static String form(String... keysAndValues) {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      pairs.add(URLEncoder.encode(keysAndValues[i], StandardCharsets.UTF_8) + "="
          + URLEncoder.encode(keysAndValues[i + 1], StandardCharsets.UTF_8));
    }
    return String.join("&", pairs);
  }

  /** rule id, offset and length of each match, in the response's order. */
  private static List<String> matches(HttpResponse<String> response) throws IOException {
    assertEquals(200, response.statusCode(), response.body());
    List<String> found = new ArrayList<>();
    for (JsonNode match : JSON.readTree(response.body()).get("matches")) {
      found.add(match.get("rule").get("id").asText() + "@" + match.get("offset").asInt() + "+"
          + match.get("length").asInt());
    }
    return found;
  }

  private static JsonNode match(HttpResponse<String> response, String ruleId) throws IOException {
    for (JsonNode match : JSON.readTree(response.body()).get("matches")) {
      if (match.get("rule").get("id").asText().equals(ruleId)) {
        return match;
      }
    }
    throw new AssertionError("no " + ruleId + " in " + response.body());
  }

  private static void assertError(HttpResponse<String> response, int status, String body) {
    assertEquals(status, response.statusCode(), response.body());
    assertEquals(body, response.body());
    assertTrue(response.headers().firstValue("Content-Type").isEmpty(),
        "errors have no Content-Type, as LanguageTool's");
  }

  @Test
  void listsLanguagesWithLongCodesAndLibreOfficeAliases() throws Exception {
    HttpResponse<String> response = get("/v2/languages");
    assertEquals(200, response.statusCode());
    Set<String> entries = new TreeSet<>();
    for (JsonNode language : JSON.readTree(response.body())) {
      entries.add(language.get("name").asText() + "|" + language.get("code").asText() + "|"
          + language.get("longCode").asText());
    }
    assertTrue(entries.contains("English (US)|en|en-US"), entries.toString());
    assertTrue(entries.contains("German (Germany)|de|de-DE"), entries.toString());
    assertTrue(entries.contains("French|fr|fr"), entries.toString());
    assertTrue(entries.contains("French|fr|fr-FR"), entries.toString());
  }

  @Test
  void infoHealthcheckAndMaxTextLength() throws Exception {
    JsonNode software = JSON.readTree(get("/v2/info").body()).get("software");
    assertEquals("tqc", software.get("name").asText());
    assertEquals("test-version", software.get("version").asText());
    assertFalse(software.get("premium").asBoolean());
    HttpResponse<String> health = get("/v2/healthcheck");
    assertEquals(200, health.statusCode());
    assertEquals("OK", health.body());
    assertEquals("300", get("/v2/maxtextlength").body());
  }

  @Test
  void offsetsAfterAnEmojiAreUtf16AsLanguageToolGivesThem() throws Exception {
    HttpResponse<String> response = postForm("text", EMOJI_TEXT, "language", "en-US");
    JsonNode befor = match(response, "MORFOLOGIK_RULE_EN_US");
    assertEquals(35, befor.get("offset").asInt());
    assertEquals(5, befor.get("length").asInt());
    assertEquals("befor", EMOJI_TEXT.substring(35, 40));
    assertEquals("before", befor.get("replacements").get(0).get("value").asText());
    assertEquals("I has an 😀 emoji befor the erorr.", befor.get("sentence").asText());
    assertEquals("TYPOS", befor.get("rule").get("category").get("id").asText());
    assertEquals("misspelling", befor.get("rule").get("issueType").asText());
    assertEquals("UnknownWord", befor.get("type").get("typeName").asText());
    JsonNode body = JSON.readTree(response.body());
    assertEquals("en-US", body.get("language").get("code").asText());
    assertFalse(body.get("warnings").get("incompleteResults").asBoolean());
    assertEquals("[[0,16],[17,51]]", body.get("sentenceRanges").toString());
    assertEquals(1, body.get("software").get("apiVersion").asInt());
  }

  @Test
  void getPostJsonLabelledFormAndQueryOnlyGiveTheSameMatches() throws Exception {
    List<String> expected = matches(postForm("text", EMOJI_TEXT, "language", "en-US"));
    assertTrue(expected.contains("MORFOLOGIK_RULE_EN_US@35+5"), expected.toString());
    String query = form("text", EMOJI_TEXT, "language", "en-US");
    assertEquals(expected, matches(get("/v2/check?" + query)), "GET");
    assertEquals(expected, matches(post("/v2/check", query, "application/json")),
        "LTeX: a form body labelled application/json");
    assertEquals(expected, matches(send(at(server, "/v2/check?" + query)
        .POST(HttpRequest.BodyPublishers.noBody()))), "npm client: query string, empty body");
  }

  @Test
  void annotatedDataGivesOffsetsInTheStringWithMarkup() throws Exception {
    String data = "{\"annotation\":[{\"markup\":\"<p>\"},{\"text\":\"I has an 😀 emoji befor"
        + "\"},{\"markup\":\"</p>\",\"interpretAs\":\"\\n\\n\"},{\"text\":\"Fine.\"}]}";
    HttpResponse<String> response = postForm("data", data, "language", "en-US");
    JsonNode befor = match(response, "MORFOLOGIK_RULE_EN_US");
    String original = "<p>I has an 😀 emoji befor</p>Fine.";
    assertEquals(21, befor.get("offset").asInt());
    assertEquals("befor", original.substring(21, 26));
    assertEquals("<p>I has an 😀 emoji befor</p>Fine.",
        befor.get("context").get("text").asText());
    assertEquals(21, befor.get("context").get("offset").asInt());
    assertEquals("[[3,26],[30,35]]",
        JSON.readTree(response.body()).get("sentenceRanges").toString());
  }

  @Test
  void builtinRuleFindingCarriesTqcExtras() throws Exception {
    HttpResponse<String> response = postForm("text",
        "😀 Nokia will develop Windows. Phone operating system phone.", "language", "en-US");
    JsonNode windows = match(response, "MID_SENTENCE_CAPITAL");
    assertEquals(22, windows.get("offset").asInt());
    assertEquals(7, windows.get("length").asInt());
    assertEquals("windows", windows.get("replacements").get(0).get("value").asText());
    assertEquals("{\"ruleSource\":\"builtin\",\"category\":\"Fluency/Spelling\","
        + "\"severity\":\"major\"}", windows.get("tqc").toString());
    assertEquals("FLUENCY_SPELLING", windows.get("rule").get("category").get("id").asText());
    JsonNode summary = JSON.readTree(response.body()).get("tqc");
    assertEquals(8, summary.get("words").asInt());
  }

  @Test
  void rulePackFindingAfterAnEmoji() throws Exception {
    HttpResponse<String> response = postForm("text", "😀 Sales rose 3 per cent.",
        "language", "en-US");
    assertEquals(List.of("HOUSE_PER_CENT@16+8"), matches(response));
    JsonNode house = match(response, "HOUSE_PER_CENT");
    assertEquals("percent", house.get("replacements").get(0).get("value").asText());
    assertEquals("minor", house.get("tqc").get("severity").asText());
    assertEquals("Style/Awkward", house.get("tqc").get("category").asText());
    assertTrue(house.get("tqc").get("ruleSource").asText().endsWith("house.csv"),
        house.toString());
  }

  @Test
  void requestRuleSelectionDropsAndKeepsFindings() throws Exception {
    String text = "😀 Sales rose 3 per cent. I has an emoji befor.";
    List<String> all = matches(postForm("text", text, "language", "en-US"));
    assertTrue(all.contains("HOUSE_PER_CENT@16+8"), all.toString());
    assertTrue(all.contains("MORFOLOGIK_RULE_EN_US@41+5"), all.toString());
    List<String> disabled = matches(postForm("text", text, "language", "en-US",
        "disabledRules", "HOUSE_PER_CENT"));
    assertFalse(disabled.contains("HOUSE_PER_CENT@16+8"), disabled.toString());
    assertTrue(disabled.contains("MORFOLOGIK_RULE_EN_US@41+5"), disabled.toString());
    List<String> noStyle = matches(postForm("text", text, "language", "en-US",
        "disabledCategories", "STYLE_AWKWARD,TYPOS"));
    assertFalse(noStyle.contains("HOUSE_PER_CENT@16+8"), noStyle.toString());
    assertFalse(noStyle.contains("MORFOLOGIK_RULE_EN_US@41+5"), noStyle.toString());
    assertEquals(List.of("HOUSE_PER_CENT@16+8"), matches(postForm("text", text,
        "language", "en-US", "enabledRules", "HOUSE_PER_CENT", "enabledOnly", "true")));
  }

  @Test
  void enabledRulesTurnsOnALanguageToolRuleThatIsOffByDefaultForThatRequestOnly()
      throws Exception {
    String text = "This is a very good idea.";
    assertEquals(List.of(), matches(postForm("text", text, "language", "en-US")));
    assertEquals(List.of("E_PRIME_LOOSE@5+2"), matches(postForm("text", text,
        "language", "en-US", "enabledRules", "E_PRIME_LOOSE")));
    assertEquals(List.of("E_PRIME_LOOSE@5+2"), matches(postForm("text", text,
        "language", "en-US", "enabledRules", "E_PRIME_LOOSE", "enabledOnly", "yes")));
    assertEquals(List.of(), matches(postForm("text", text, "language", "en-US")),
        "the next request gets the rule off again");
  }

  @Test
  void sourceTextMakesTheTextBilingual() throws Exception {
    HttpResponse<String> response = postForm("text", "Sales rose 3 per cent.",
        "language", "en-US", "sourceText", "Der Umsatz stieg um 3 Prozent.",
        "sourceLanguage", "de");
    JsonNode house = match(response, "HOUSE_PER_CENT");
    assertEquals("1", house.get("tqc").get("segment").asText());
    assertEquals("Der Umsatz stieg um 3 Prozent.", house.get("tqc").get("source").asText());
  }

  @Test
  void badRequestsGetLanguageToolsPlainErrors() throws Exception {
    assertError(postForm("text", "Hello."), 400, "Error: Missing 'language' parameter");
    assertError(postForm("language", "en-US"), 400,
        "Error: Missing 'text' or 'data' parameter");
    assertError(post("/v2/check", "language=en-US&text=100%", "application/x-www-form-urlencoded"),
        400, "Error: Could not decode query. Query length: 24: URLDecoder: Incomplete trailing "
            + "escape (%) pattern");
    assertError(postForm("language", "en-US", "data", "{\"text\": "), 400,
        "Error: Could not parse JSON from 'data' parameter: Unexpected end-of-input "
            + "within/between Object entries");
    String unknown = postForm("language", "xx-YY", "text", "Hello.").body();
    assertTrue(unknown.startsWith("Error: 'xx-YY' is not a language code known to tqc. "
        + "Supported language codes are: "), unknown);
    assertError(postForm("language", "en-US", "text", "Hello.", "data", "{\"text\":\"Hi.\"}"),
        400, "Error: Set only 'text' or 'data' parameter, not both");
    assertError(postForm("language", "en-US", "text", "Hello.", "level", "strict"), 400,
        "Error: Unknown level 'strict', use one of academic, clarity, creative, customer, "
            + "default, elegant, jobapp, objective, picky, professional");
    assertError(postForm("language", "en-US", "text", "Hello.", "enabledOnly", "true"), 400,
        "Error: You must specify enabled rules or categories when using enabledOnly=true");
  }

  @Test
  void tooLongTextIs413AndUnknownPathIs404() throws Exception {
    assertError(postForm("language", "en-US", "text", "a".repeat(500)), 413,
        "Error: Your text exceeds the limit of 300 characters (it's 500 characters). Please "
            + "submit a shorter text.");
    assertError(get("/v2/words"), 404, "Error: Unsupported action: '/v2/words'");
  }

  @Test
  void theSameTextGetsTheSameFindingsAsTqcCheck() throws Exception {
    String text = "😀 Nokia will develop Windows. Phone operating system phone.\n"
        + "Sales rose 3 per cent. I has an emoji befor the erorr.\n";
    Path file = temp.resolve("parity/article.txt");
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    Path out = temp.resolve("parity/out");
    assertEquals(1, Main.run("check", file.toString(), "--out", out.toString(), "--format",
        "json", "--lang", "en-US", "--rules", rules.toString(), "--no-cache", "-q",
        "--max-check-seconds", "600"));
    TextIndex index = new TextIndex(text);
    List<String> fromCheck = new ArrayList<>();
    for (JsonNode finding : JSON.readTree(out.resolve("findings.json").toFile())
        .get("documents").get(0).get("findings")) {
      int start = index.toUtf16(finding.get("start").asInt());
      int end = index.toUtf16(finding.get("end").asInt());
      fromCheck.add(finding.get("rule_id").asText() + "@" + start + "+" + (end - start));
    }
    List<String> fromServe = matches(postForm("text", text, "language", "en-US"));
    assertEquals(fromCheck, fromServe);
    assertTrue(fromServe.containsAll(List.of("MID_SENTENCE_CAPITAL@22+7", "HOUSE_PER_CENT@74+8",
        "MORFOLOGIK_RULE_EN_US@99+5")), fromServe.toString());
  }

  @Test
  void aTokenIsNeededOnEveryRequestWhenSet() throws Exception {
    try (TqcServer guarded = TqcServer.start(engine,
        settings(InetAddress.getLoopbackAddress(), "s3cret", Set.of()),
        new PrintWriter(log, true))) {
      assertError(send(at(guarded, "/v2/languages").GET()), 401, "Error: Missing or wrong "
          + "access token: send the header 'Authorization: Bearer TOKEN' or token=TOKEN in the "
          + "query string");
      assertEquals(401, send(at(guarded, "/v2/healthcheck").header("Authorization",
          "Bearer wrong").GET()).statusCode());
      assertEquals(401, send(at(guarded, "/").GET()).statusCode());
      assertEquals(200, send(at(guarded, "/v2/healthcheck").header("Authorization",
          "Bearer s3cret").GET()).statusCode());
      assertEquals(200, send(at(guarded, "/v2/healthcheck?token=s3cret").GET()).statusCode());
      assertEquals(200, send(at(guarded, "/?token=s3cret").GET()).statusCode());
      assertEquals(200, send(at(guarded, "/page.js").GET()).statusCode(),
          "the page's script holds no data");
    }
  }

  @Test
  void aNonLoopbackAddressNeedsAToken() throws Exception {
    InetAddress any = InetAddress.getByName("0.0.0.0");
    IllegalArgumentException refused = assertThrows(IllegalArgumentException.class,
        () -> settings(any, null, Set.of()));
    assertEquals("serving on 0.0.0.0, which is not a loopback address, needs an access token "
        + "(--token or token= in the config)", refused.getMessage());
    Path config = temp.resolve("serve.properties");
    Files.writeString(config, "host=0.0.0.0\nport=0\n", StandardCharsets.UTF_8);
    assertEquals(2, Main.run("serve", "--config", config.toString()));
  }

  @Test
  void corsOnlyForAllowedOrigins() throws Exception {
    try (TqcServer open = TqcServer.start(engine, settings(InetAddress.getLoopbackAddress(),
        null, Set.of("https://editor.example.org")), new PrintWriter(log, true))) {
      HttpResponse<String> allowed = send(at(open, "/v2/languages")
          .header("Origin", "https://editor.example.org").GET());
      assertEquals("https://editor.example.org",
          allowed.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      HttpResponse<String> other = send(at(open, "/v2/languages")
          .header("Origin", "https://evil.example.com").GET());
      assertEquals(200, other.statusCode());
      assertNull(other.headers().firstValue("Access-Control-Allow-Origin").orElse(null));
      HttpResponse<String> preflight = send(at(open, "/v2/check")
          .header("Origin", "https://editor.example.org")
          .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
      assertEquals(204, preflight.statusCode());
      assertEquals("Authorization, Content-Type",
          preflight.headers().firstValue("Access-Control-Allow-Headers").orElse(null));
    }
    assertNull(get("/v2/languages").headers().firstValue("Access-Control-Allow-Origin")
        .orElse(null), "no CORS without --allow-origin");
  }

  @Test
  void thePageHasAContentSecurityPolicy() throws Exception {
    HttpResponse<String> page = get("/");
    assertEquals(200, page.statusCode());
    assertEquals(StaticEndpoint.CSP,
        page.headers().firstValue("Content-Security-Policy").orElse(null));
    assertTrue(page.body().contains("<script src=\"page.js\" defer></script>"));
    assertFalse(page.body().matches("(?s).*<script>.*"), "no inline script");
  }

  @Test
  void uploadReadsAFileAndReportsDownload() throws Exception {
    HttpResponse<String> upload = send(at(server, "/tqc/upload?name=article.html")
        .header("Content-Type", "application/octet-stream").POST(HttpRequest.BodyPublishers
            .ofString("<html><body><p>Sales rose 3 per cent.</p></body></html>")));
    assertEquals(200, upload.statusCode(), upload.body());
    assertEquals("Sales rose 3 per cent.", JSON.readTree(upload.body()).get("text").asText()
        .strip());
    HttpResponse<String> csv = post("/tqc/report?format=csv&name=article.txt",
        form("text", "Sales rose 3 per cent.", "language", "en-US"),
        "application/x-www-form-urlencoded");
    assertEquals(200, csv.statusCode(), csv.body());
    assertEquals("attachment; filename=\"findings.csv\"",
        csv.headers().firstValue("Content-Disposition").orElse(null));
    List<String> lines = csv.body().lines().toList();
    assertEquals(2, lines.size(), csv.body());
    assertTrue(lines.get(1).startsWith("article.txt,"), lines.get(1));
    assertTrue(lines.get(1).contains("HOUSE_PER_CENT"), lines.get(1));
    try (var files = Files.list(server.tempFolder())) {
      assertEquals(List.of(), files.collect(Collectors.toList()), "nothing left behind");
    }
  }
}
