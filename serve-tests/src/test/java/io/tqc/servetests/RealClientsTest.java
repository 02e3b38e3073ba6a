package io.tqc.servetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real LanguageTool clients, unchanged, pointed at a running {@code tqc serve}: the npm package
 * language-grammar-api and LibreOffice's own LanguageTool Remote checker. Each gets a finding of
 * a built-in rule and one of a rule pack at the right UTF-16 offsets in a paragraph where an
 * emoji (two UTF-16 code units, one code point) comes before both.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class RealClientsTest {
  /**
   * "Windows. Phone" is a stray full stop in a name the paragraph also writes whole;
   * "in order to" is the pack's phrase. The emoji moves both one UTF-16 unit further than their
   * code point offsets (71 and 117).
   */
  private static final String PARAGRAPH = "Fans \uD83D\uDE00 cheered. Nokia sells Windows Phone "
      + "handsets. Nokia will develop Windows. Phone operating system phone. We met in order to "
      + "talk.";
  private static final Match BUILTIN = new Match("STRAY_SENTENCE_BREAK", 72, 14,
      List.of("Windows Phone"));
  private static final Match PACK = new Match("HOUSE_IN_ORDER_TO", 118, 11, List.of("to"));
  private static final String PACK_MESSAGE = "Write \"to\": \"in order to\" adds nothing";
  private static final String PACK_FILE = "packs/en/house-style.csv";
  private static final String NPM_CLIENT = "language-grammar-api@1.1.6";

  @TempDir
  static Path folder;
  private static ServerProcess tqc;

  @BeforeAll
  static void startTqcServeWithARulePack() throws Exception {
    Path pack = folder.resolve(PACK_FILE);
    Files.createDirectories(pack.getParent());
    try (InputStream in = RealClientsTest.class.getResourceAsStream("/" + PACK_FILE)) {
      Files.copy(in, pack, StandardCopyOption.REPLACE_EXISTING);
    }
    tqc = Servers.tqc(folder, "--rules", "packs");
  }

  @AfterAll
  static void stopTqcServe() throws InterruptedException {
    if (tqc != null) {
      tqc.close();
    }
  }

  @Test
  void theParagraphHasBothFindingsAtTheseOffsets() throws Exception {
    List<Match> matches = Match.of(ApiClient.check(tqc.api(),
        Map.of("text", PARAGRAPH, "language", "en-US")));
    assertTrue(matches.contains(BUILTIN) && matches.contains(PACK), matches.toString());
    assertEquals(71, PARAGRAPH.codePointCount(0, BUILTIN.offset()));
    assertEquals("Windows. Phone",
        PARAGRAPH.substring(BUILTIN.offset(), BUILTIN.offset() + BUILTIN.length()));
    assertEquals("in order to", PARAGRAPH.substring(PACK.offset(), PACK.offset() + PACK.length()));
  }

  @Test
  void npmLanguageGrammarApiGetsBuiltinAndPackFindings() throws Exception {
    Path node = Command.onPath("node").orElse(null);
    Path npm = Command.onPath("npm").orElse(null);
    assumeTrue(node != null && npm != null,
        "node and npm are not installed: the npm client test is skipped (.ci/run installs them)");
    Path client = installNpmClient(npm);
    // The package wants an endpoint that passes validator.isURL: 127.0.0.1, not localhost.
    String endpoint = tqc.api().toString();

    Command languages = Command.run(List.of(node.toString(), client.toString(), endpoint,
        "languages"), client.getParent(), Duration.ofMinutes(2));
    assertEquals(0, languages.exitCode(), languages.stderr());
    List<String> longCodes = new ArrayList<>();
    ApiClient.parse(languages.stdout()).forEach(l -> longCodes.add(l.path("longCode").asText()));
    assertFalse(longCodes.isEmpty());
    assertTrue(longCodes.containsAll(List.of("en-US", "de-DE", "fr")), longCodes.toString());

    Command check = Command.run(List.of(node.toString(), client.toString(), endpoint, "check",
        "en-US", PARAGRAPH), client.getParent(), Duration.ofMinutes(10));
    assertEquals(0, check.exitCode(), check.stderr());
    JsonNode response = ApiClient.parse(check.stdout());
    List<Match> matches = Match.of(response);
    assertTrue(matches.contains(BUILTIN), matches.toString());
    assertTrue(matches.contains(PACK), matches.toString());
    assertEquals("builtin", extras(response, BUILTIN).path("ruleSource").asText());
    JsonNode packExtras = extras(response, PACK);
    assertEquals(PACK_FILE, packExtras.path("ruleSource").asText());
    assertEquals("Style/Awkward", packExtras.path("category").asText());
    assertEquals("minor", packExtras.path("severity").asText());
  }

  @Test
  void libreOfficeLanguageToolRemoteGetsBuiltinAndPackFindings() throws Exception {
    Optional<String> python = pythonWithUno();
    assumeTrue(Command.onPath("soffice").isPresent() && python.isPresent(),
        "LibreOffice (soffice) or python3-uno is not installed: the LibreOffice test is skipped "
            + "(.ci/run installs libreoffice-writer-nogui and python3-uno)");
    Path script = folder.resolve("proofread.py");
    try (InputStream in = getClass().getResourceAsStream("/libreoffice/proofread.py")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    // Asked first here, so that LibreOffice does not wait for LanguageTool's first English
    // check on a busy machine: its checker gives up on a slow answer and shows nothing.
    JsonNode response = ApiClient.check(tqc.api(), Map.of("text", PARAGRAPH,
        "language", "en-US"));
    Command proofread = Command.run(List.of(python.get(), script.toString(),
        folder.resolve("office-profile").toString(), tqc.api().toString(), "en-US", PARAGRAPH),
        folder, Duration.ofMinutes(10));
    assertEquals(0, proofread.exitCode(), proofread.stderr());
    JsonNode result = ApiClient.parse(proofread.stdout());
    List<String> locales = new ArrayList<>();
    result.path("locales").forEach(l -> locales.add(l.asText()));
    assertTrue(locales.contains("en-US"), locales.toString());

    // LibreOffice 7.4 keeps no rule id: it shows the message at the offset and length.
    List<Shown> shown = new ArrayList<>();
    for (JsonNode error : result.path("errors")) {
      List<String> suggestions = new ArrayList<>();
      error.path("suggestions").forEach(s -> suggestions.add(s.asText()));
      shown.add(new Shown(error.path("start").asInt(), error.path("length").asInt(),
          error.path("shortComment").asText(), suggestions));
    }
    List<Shown> served = new ArrayList<>();
    response.path("matches").forEach(m -> served.add(new Shown(m.path("offset").asInt(),
        m.path("length").asInt(), m.path("message").asText(),
        m.path("replacements").findValuesAsText("value"))));
    assertEquals(served, shown, "LibreOffice shows every match the server returned");
    assertTrue(shown.stream().anyMatch(e -> e.start() == 72 && e.length() == 14
        && e.message().startsWith("The full stop splits \u201cWindows Phone\u201d")
        && e.suggestions().equals(List.of("Windows Phone"))), shown.toString());
    assertTrue(shown.contains(new Shown(118, 11, PACK_MESSAGE, List.of("to"))),
        shown.toString());
  }

  /** An error as LibreOffice shows it (and as the server's match would have it shown). */
  private record Shown(int start, int length, String message, List<String> suggestions) {}

  private static JsonNode extras(JsonNode response, Match match) {
    for (JsonNode m : response.path("matches")) {
      if (m.path("rule").path("id").asText().equals(match.ruleId())
          && m.path("offset").asInt() == match.offset()) {
        return m.path("tqc");
      }
    }
    throw new AssertionError("no match " + match + " in " + response);
  }

  /** The npm package, installed once under target/ from the npm registry. */
  private static Path installNpmClient(Path npm) throws IOException, InterruptedException {
    Path folder = Path.of("target", "npm-client").toAbsolutePath();
    Path installed = folder.resolve("node_modules/language-grammar-api/package.json");
    if (!Files.isRegularFile(installed)
        || !ApiClient.parse(Files.readString(installed)).path("version").asText()
            .equals("1.1.6")) {
      Files.createDirectories(folder);
      Command install = Command.run(List.of(npm.toString(), "install", "--prefix",
          folder.toString(), "--no-audit", "--no-fund", "--loglevel=error", NPM_CLIENT),
          folder, Duration.ofMinutes(5));
      assertEquals(0, install.exitCode(), "npm install " + NPM_CLIENT + " failed: "
          + install.stderr());
    }
    Path script = folder.resolve("language-grammar-api-client.js");
    try (InputStream in = RealClientsTest.class.getResourceAsStream(
        "/npm/language-grammar-api-client.js")) {
      Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
    }
    return script;
  }

  /** The system's Python 3 with python3-uno (a pyenv or venv Python usually lacks it). */
  private static Optional<String> pythonWithUno() throws IOException, InterruptedException {
    List<String> candidates = new ArrayList<>(List.of("/usr/bin/python3"));
    Command.onPath("python3").ifPresent(p -> candidates.add(p.toString()));
    for (String python : candidates) {
      if (Files.isExecutable(Path.of(python)) && Command.run(List.of(python, "-c", "import uno"),
          Path.of("."), Duration.ofMinutes(1)).exitCode() == 0) {
        return Optional.of(python);
      }
    }
    return Optional.empty();
  }
}
