package io.tqc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.LanguageToolSession;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;

class AcceptedWordsTest {
  private static final String TEXT = "Our CEO Zxqwerty met Brumblefax today.";

  @Test
  void listedWordsAreNotSpellingMistakes(@TempDir Path rules) throws IOException {
    Files.createDirectories(rules.resolve("en"));
    Files.writeString(rules.resolve("en/accept.txt"), "# names\nZxqwerty\n\n");
    LanguageToolSession session = new LanguageToolPool(AcceptedWords.from(List.of(rules)))
        .session(Languages.getLanguageForShortCode("en-US"));
    List<String> flagged = session.check(TEXT, () -> false).matches().stream()
        .map(m -> TEXT.substring(m.getFromPos(), m.getToPos())).toList();
    assertTrue(flagged.contains("Brumblefax"), flagged.toString());
    assertTrue(!flagged.contains("Zxqwerty"), flagged.toString());
  }

  @Test
  void readsEntriesWithoutCommentsOrBlanks(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("accept.txt");
    Files.writeString(file, "# header\nElop\n  Windows Phone  \n\n");
    assertEquals(List.of("Elop", "Windows Phone"), AcceptedWords.read(file));
  }

  @Test
  void missingFileChangesNothing(@TempDir Path rules) throws IOException {
    LanguageToolSession session = new LanguageToolPool(AcceptedWords.from(List.of(rules)))
        .session(Languages.getLanguageForShortCode("en-US"));
    List<RuleMatch> matches = session.check(TEXT, () -> false).matches();
    assertTrue(matches.size() >= 2);
  }
}
