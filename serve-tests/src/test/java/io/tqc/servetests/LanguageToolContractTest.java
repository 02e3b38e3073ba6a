package io.tqc.servetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The same /v2/check requests sent to LanguageTool's own 6.8 server and to {@code tqc serve
 * --languagetool-only} (no built-in rules, no rule packs) get the same matches: rule ids, UTF-16
 * offsets and lengths, replacements, and the language. The requests
 * ({@code contract/requests.json}) cover English, German and French, plain text and annotated
 * {@code data} with markup, astral characters, and the rule and level parameters.
 *
 * <p>Both servers run with their defaults and the same languages (this module leaves out
 * LanguageTool's language-all and takes the language modules tqc ships); neither has premium
 * rules, n-gram data or a configuration file.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 15, unit = TimeUnit.MINUTES)
class LanguageToolContractTest {
  /**
   * tqc offers at most the first five of LanguageTool's suggestions for a finding (its reports
   * and the editors' page show no more); LanguageTool's server sends them all.
   */
  private static final int TQC_MAX_REPLACEMENTS = 5;

  private Path folder;
  private ServerProcess languageTool;
  private ServerProcess tqc;

  @BeforeAll
  void startBothServers() throws Exception {
    // An empty working directory: tqc serve loads rules/ from it when there is one.
    folder = Files.createTempDirectory("tqc-contract-");
    languageTool = Servers.languageTool(folder);
    tqc = Servers.tqc(folder, "--languagetool-only");
  }

  @AfterAll
  void stopBothServers() throws Exception {
    for (ServerProcess server : new ServerProcess[] {tqc, languageTool}) {
      if (server != null) {
        server.close();
      }
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  static Stream<Arguments> requests() throws IOException {
    try (InputStream in = LanguageToolContractTest.class.getResourceAsStream(
        "/contract/requests.json")) {
      List<Arguments> requests = new ArrayList<>();
      for (JsonNode request : ApiClient.parse(new String(in.readAllBytes(),
          java.nio.charset.StandardCharsets.UTF_8))) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.path("parameters").fields()
            .forEachRemaining(p -> parameters.put(p.getKey(), p.getValue().asText()));
        requests.add(Arguments.of(request.path("name").asText(), parameters));
      }
      return requests.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("requests")
  void tqcAnswersAsLanguageToolDoes(String name, Map<String, String> parameters)
      throws Exception {
    JsonNode expected = ApiClient.check(languageTool.api(), parameters);
    JsonNode actual = ApiClient.check(tqc.api(), parameters);

    List<Match> fromLanguageTool = Match.of(expected);
    assertFalse(fromLanguageTool.isEmpty(), "each request has errors LanguageTool finds");
    assertEquals(fromLanguageTool.stream().map(LanguageToolContractTest::asTqcOffers).toList(),
        Match.of(actual));
    assertEquals(expected.path("language").path("code"), actual.path("language").path("code"));
  }

  private static Match asTqcOffers(Match match) {
    List<String> replacements = match.replacements();
    return new Match(match.ruleId(), match.offset(), match.length(),
        replacements.subList(0, Math.min(TQC_MAX_REPLACEMENTS, replacements.size())));
  }
}
