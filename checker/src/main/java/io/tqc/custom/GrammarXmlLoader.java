package io.tqc.custom;

import io.tqc.engine.LanguageResolver;
import io.tqc.engine.UnsupportedLanguageException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.xml.sax.SAXParseException;

/**
 * Loads a LanguageTool grammar file ({@code rules/<lang>/*.xml}, the grammar.xml format) with
 * LanguageTool's own loader, so editors get tokens, part-of-speech patterns, antipatterns and
 * {@code <example>}s exactly as LanguageTool documents them.
 */
final class GrammarXmlLoader {
  private GrammarXmlLoader() {}

  static void load(Path file, String displayName, String languageCode, PackContents into)
      throws IOException {
    Language language;
    try {
      language = new LanguageResolver(LanguageResolver.AUTO, Map.of()).forCode(languageCode);
    } catch (UnsupportedLanguageException e) {
      into.problems().add(new PackProblem(displayName, 0, e.getMessage()));
      return;
    }
    GrammarXmlFile grammar = new GrammarXmlFile(Files.readAllBytes(file), displayName,
        language);
    Map<String, List<AbstractPatternRule>> byId;
    try {
      byId = GrammarXmlFile.byId(grammar.parse());
    } catch (IOException | RuntimeException e) {
      into.problems().add(new PackProblem(displayName, lineOf(e), "not a valid LanguageTool "
          + "grammar file: " + rootMessage(e)));
      return;
    }
    for (Map.Entry<String, List<AbstractPatternRule>> entry : byId.entrySet()) {
      int line = entry.getValue().get(0).getXmlLineNumber();
      try {
        PackCells.id(entry.getKey());
        GrammarXmlRule rule = new GrammarXmlRule(entry.getKey(), displayName, line,
            languageCode, entry.getValue(), grammar);
        into.rules().add(rule);
        if (rule.examples().isEmpty()) {
          into.warnings().add(new PackProblem(displayName, line, rule.id()
              + ": no <example>, so nothing tests the rule"));
        }
      } catch (IllegalArgumentException e) {
        into.problems().add(new PackProblem(displayName, line, e.getMessage()));
      }
    }
  }

  private static int lineOf(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SAXParseException parse) {
        return Math.max(parse.getLineNumber(), 0);
      }
    }
    return 0;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.toString() : root.getMessage();
  }
}
