package io.tqc.setup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Rule;
import io.tqc.engine.Severity;
import io.tqc.engine.UnsupportedLanguageException;
import io.tqc.read.Document;
import io.tqc.rules.BuiltinRules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine every front end starts: settings in, a ready checker out. */
class EngineTest {
  @TempDir
  Path temp;

  private Path pack(String csv) throws IOException {
    Path en = Files.createDirectories(temp.resolve("rules/en"));
    Files.writeString(en.resolve("house.csv"), csv, StandardCharsets.UTF_8);
    return temp.resolve("rules");
  }

  private static final String HOUSE_PACK = "id,kind,pattern,message,suggestion,category,severity,"
      + "example_bad,example_good\n"
      + "HOUSE_PER_CENT,phrase,per cent,Write percent,percent,Style/Awkward,minor,"
      + "Up 3 <marker>per cent</marker>.,Up 3 percent.\n";

  @Test
  void checksTextWithBuiltinRulesPacksAndSettings() throws IOException {
    EngineSettings settings = new EngineSettings("en-US", Map.of(), "auto",
        EngineSettings.defaults(List.of()).readLimits(),
        EngineSettings.defaults(List.of()).timeLimit(), List.of(pack(HOUSE_PACK)),
        Set.of("MIXED_QUOTES"), Set.of(), Map.of("HOUSE_PER_CENT", Severity.MAJOR), Map.of(),
        false);
    Engine engine = Engine.start(settings);

    List<String> ids = engine.rules().stream().map(Rule::id).toList();
    assertEquals(BuiltinRules.all().size(), ids.size(), ids.toString());
    assertTrue(ids.contains("HOUSE_PER_CENT"));
    assertTrue(!ids.contains("MIXED_QUOTES"));

    String text = "Sales rose 3 per cent.";
    DocumentResult result = engine.checker().check(
        Document.of("a.txt", text, "text/plain", "", false));
    List<Finding> house = result.findings().stream()
        .filter(f -> f.ruleId().equals("HOUSE_PER_CENT")).toList();
    assertEquals(1, house.size(), result.findings().toString());
    assertEquals(13, house.get(0).start());
    assertEquals(21, house.get(0).end());
    assertEquals(Severity.MAJOR, house.get(0).severity());
    assertEquals(List.of("percent"), house.get(0).suggestions());
  }

  @Test
  void languageToolOnlyLoadsNoTqcRuleAndNoPack() throws IOException {
    EngineSettings defaults = EngineSettings.defaults(List.of(pack(HOUSE_PACK)));
    EngineSettings ltOnly = new EngineSettings("en-US", Map.of(), "auto", defaults.readLimits(),
        defaults.timeLimit(), defaults.ruleFolders(), Set.of(), Set.of(), Map.of(), Map.of(),
        true);
    assertEquals(List.of(), Engine.start(ltOnly).rules());
  }

  @Test
  void brokenPackIsASetupErrorNamingFileAndLine() throws IOException {
    Path rules = pack(HOUSE_PACK + "HOUSE_BAD,phrase,x,Bad,,Style/Awkard,minor,<marker>x</marker>.,y.\n");
    SetupException e = assertThrows(SetupException.class,
        () -> Engine.start(EngineSettings.defaults(List.of(rules))));
    assertTrue(e.getMessage().contains("house.csv:3"), e.getMessage());
    assertTrue(e.getMessage().contains("Style/Awkward"), e.getMessage());
  }

  @Test
  void unknownLanguageIsASetupError() {
    EngineSettings defaults = EngineSettings.defaults(List.of());
    SetupException e = assertThrows(SetupException.class, () -> Engine.start(
        new EngineSettings("xx-YY", Map.of(), "auto", defaults.readLimits(),
            defaults.timeLimit(), List.of(), Set.of(), Set.of(), Map.of(), Map.of(), false)));
    assertTrue(e.getMessage().contains("xx-YY"), e.getMessage());
  }

  @Test
  void sameSettingsGiveTheSameCacheKeyWhateverTheOrderTheyCameIn() {
    EngineSettings defaults = EngineSettings.defaults(List.of());
    EngineSettings one = new EngineSettings("auto", Map.of("en", "en-GB", "de", "de-AT"), "auto",
        defaults.readLimits(), defaults.timeLimit(), List.of(), Set.of("B", "A"), Set.of(),
        Map.of(), Map.of(), false);
    EngineSettings two = new EngineSettings("auto", Map.of("de", "de-AT", "en", "en-GB"), "auto",
        defaults.readLimits(), defaults.timeLimit(), List.of(), Set.of("A", "B"), Set.of(),
        Map.of(), Map.of(), false);
    assertEquals(
        Engine.start(one).fingerprint(io.tqc.engine.RuleSetFingerprint.builder()).build().hex(),
        Engine.start(two).fingerprint(io.tqc.engine.RuleSetFingerprint.builder()).build().hex());
  }

  @Test
  void aRequestNamesTheLanguageOfEachText() throws Exception {
    EngineSettings defaults = EngineSettings.defaults(List.of());
    Engine engine = Engine.start(new EngineSettings("en-US", Map.of("de", "de-AT"), "auto",
        defaults.readLimits(), defaults.timeLimit(), List.of(), Set.of(), Set.of(), Map.of(),
        Map.of(), false));
    assertEquals("de-AT", engine.language("de", Map.of(), "").getShortCodeWithCountryAndVariant());
    assertEquals("de-CH", engine.language("de", Map.of("de", "de-CH"), "")
        .getShortCodeWithCountryAndVariant());
    assertEquals("en-US", engine.language("en-US", Map.of("en", "en-GB"), "")
        .getShortCodeWithCountryAndVariant(), "a named variant is kept");
    assertEquals("fr", engine.language("auto", Map.of(),
        "Le chat dort sur le canapé et la maison est calme ce soir.")
        .getShortCodeWithCountryAndVariant());
    assertThrows(UnsupportedLanguageException.class,
        () -> engine.language("xx-YY", Map.of(), "Hello."));

    String text = "Das ist ein Tset.";
    DocumentResult german = engine.checker().check(
        Document.of("a.txt", text, "text/plain", "", false), engine.language("de-DE", Map.of(),
            text));
    assertEquals("de-DE", german.language());
    List<String> spans = german.findings().stream()
        .map(f -> f.ruleId() + "@" + f.start() + "-" + f.end()).toList();
    assertTrue(spans.contains("GERMAN_SPELLER_RULE@12-16"), spans.toString());
  }
}
