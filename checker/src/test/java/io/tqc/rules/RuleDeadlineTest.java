package io.tqc.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.CheckContext;
import io.tqc.engine.Deadline;
import io.tqc.engine.DocumentChecker;
import io.tqc.engine.FindingFactory;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.LanguageToolSession;
import io.tqc.engine.Rule;
import io.tqc.engine.TimeLimitExceededException;
import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.Segmentation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.languagetool.Language;
import org.languagetool.Languages;

/** Built-in rules stop at the document's deadline and search the text once, not per sentence. */
class RuleDeadlineTest {
  private static final String LIMIT = "checking took longer than 1 s (raise the limit with "
      + "--max-check-seconds)";

  private static CheckContext context(String languageCode, String text, Deadline deadline) {
    return context(languageCode, Document.of("doc.txt", text, "text/plain", "", false),
        deadline);
  }

  /** A bilingual document: one line a segment, each left in its source language. */
  private static CheckContext untranslated(String line, int lines, Deadline deadline) {
    String text = (line + "\n").repeat(lines);
    List<DocumentSegment> segments = new ArrayList<>();
    for (int i = 0; i < lines; i++) {
      int start = i * (line.length() + 1);
      segments.add(new DocumentSegment(Integer.toString(i + 1), start, start + line.length(),
          line, "en"));
    }
    Document document = Document.of("doc.txt", text, "text/plain", "", false)
        .withSegmentation(new Segmentation(segments, "de", ""));
    return context("de-DE", document, deadline);
  }

  private static CheckContext context(String languageCode, Document document,
      Deadline deadline) {
    Language language = Languages.getLanguageForShortCode(languageCode);
    LanguageToolSession session = new LanguageToolPool(s -> { }).session(language);
    String text = document.text();
    try {
      LanguageToolSession.Output output = session.check(text, () -> false);
      FindingFactory factory = new FindingFactory(document, languageCode);
      // with LanguageTool's findings, for the rules that build on them
      return new CheckContext(document, language, output.sentences(),
          DocumentChecker.findingsOf(output, factory), factory, deadline);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void everyBuiltinRuleStopsOnceTheDeadlineHasPassed() throws Exception {
    // The seed article (about 500 words) with German and French quotes for the quote rules.
    String seed = Files.readString(Path.of("../seeds/000_0d9fa9fe51ed347a.txt"),
        StandardCharsets.UTF_8);
    Deadline passed = new Deadline(System.nanoTime() - 1_000_000_000L, LIMIT);
    CheckContext english = context("en-US", seed, passed);
    CheckContext german = context("de-DE", "Er sagte \"ja\" und \"nein\". ".repeat(100), passed);
    // Source-aware rules have nothing to do without segments: they get a bilingual document.
    CheckContext bilingual = untranslated("The board met on Friday to discuss the budget.",
        300, passed);
    List<String> notStopped = new ArrayList<>();
    for (Rule rule : BuiltinRules.all()) {
      CheckContext context = rule.appliesTo("en-US") ? english : german;
      if (!stops(rule, context) && !stops(rule, bilingual)) {
        notStopped.add(rule.id());
      }
    }
    assertEquals(List.of(), notStopped);
  }

  private static boolean stops(Rule rule, CheckContext context) {
    try {
      rule.check(context);
      return false;
    } catch (TimeLimitExceededException e) {
      assertEquals(LIMIT, e.getMessage(), rule.id());
      return true;
    }
  }

  @Test
  void aRuleFinishesWhenTheDeadlineIsAhead() {
    CheckContext context = context("en-US", "Nokia will develop Windows. Phone operating "
        + "system phone. Windows Phone is new.", new Deadline(System.nanoTime() + 60_000_000_000L,
        LIMIT));
    List<io.tqc.engine.Finding> found = new StraySentenceBreakRule().check(context);
    assertEquals(1, found.size());
    assertEquals(19, found.get(0).start());
    assertEquals(33, found.get(0).end());
  }

  @Test
  void twoWordPhrasesAreFoundAsWholeWordsInOnePass() {
    String text = "Windows Phone sold. XWindows Phone, Windows Phones and Windows  Phone; "
        + "(Windows Phone) Co-Windows Phone. The U.S. Army and U.S. Army.";
    CheckContext context = new CheckContext(Document.of("doc.txt", text, "text/plain", "",
        false), null, List.of(), new FindingFactory(Document.of("doc.txt", text, "text/plain",
        "", false), "en-US"));
    WholeWordPairs pairs = WholeWordPairs.find(text,
        Set.of("Windows Phone", "U.S. Army", "Phone sold", "Nokia Lumia"), context);

    // Not at 21 (XWindows), 36 (Phones) or 55 (two spaces).
    assertEquals(List.of(0, 72, 90), pairs.starts("Windows Phone"));
    // Its first word ends in a full stop: found by a search of its own.
    assertEquals(List.of(109, 123), pairs.starts("U.S. Army"));
    assertEquals(List.of(8), pairs.starts("Phone sold"));
    assertEquals(List.of(), pairs.starts("Nokia Lumia"));
    assertTrue(pairs.occursElsewhere("Windows Phone", 0));
    assertFalse(pairs.occursElsewhere("Phone sold", 8));
    assertTrue(pairs.occursElsewhere("Phone sold", 9));
  }
}
