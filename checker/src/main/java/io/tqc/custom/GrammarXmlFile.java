package io.tqc.custom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.Language;
import org.languagetool.rules.patterns.AbstractPatternRule;
import org.languagetool.rules.patterns.PatternRuleLoader;

/**
 * A grammar file's rules, loaded once per thread: LanguageTool's pattern rules keep matching
 * state (unification) and are not safe to share between threads, just like a JLanguageTool.
 * The file's bytes are kept, so every thread loads exactly what was validated.
 */
final class GrammarXmlFile {
  private final byte[] xml;
  private final String displayName;
  private final Language language;
  private final ThreadLocal<Map<String, List<AbstractPatternRule>>> perThread;

  GrammarXmlFile(byte[] xml, String displayName, Language language) {
    this.xml = xml.clone();
    this.displayName = displayName;
    this.language = language;
    this.perThread = ThreadLocal.withInitial(() -> {
      try {
        return byId(parse());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  /** Parses the file afresh; throws when LanguageTool cannot load it. */
  List<AbstractPatternRule> parse() throws IOException {
    return new PatternRuleLoader().getRules(new ByteArrayInputStream(xml), displayName,
        language);
  }

  static Map<String, List<AbstractPatternRule>> byId(List<AbstractPatternRule> rules) {
    Map<String, List<AbstractPatternRule>> byId = new LinkedHashMap<>();
    for (AbstractPatternRule rule : rules) {
      byId.computeIfAbsent(rule.getId(), id -> new ArrayList<>()).add(rule);
    }
    return byId;
  }

  /** This thread's instances of the pattern rules with an id. */
  List<AbstractPatternRule> rulesOfThisThread(String id) {
    return perThread.get().getOrDefault(id, List.of());
  }
}
