package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Loads a rule table ({@code rules/<lang>/*.csv}): one rule per row, of kind {@code phrase},
 * {@code regex} or {@code word}. Every bad row is reported with its line; none is skipped.
 */
final class RuleTableLoader {
  static final List<String> REQUIRED = List.of("id", "kind", "pattern", "message", "category",
      "severity");
  static final List<String> OPTIONAL = List.of("suggestion", "case", "example_bad",
      "example_good", "note");

  private RuleTableLoader() {}

  static void load(Path file, String displayName, String language, PackContents into)
      throws IOException {
    PackCsv.loadRules(file, displayName, REQUIRED, OPTIONAL, into,
        row -> rule(row, displayName, language), RuleTableLoader::untested);
  }

  private static List<String> untested(PackRule rule) {
    List<String> warnings = new ArrayList<>();
    if (rule.examples().stream().noneMatch(RuleExample::mustFlag)) {
      warnings.add("no example_bad, so nothing tests that the rule flags anything");
    }
    if (rule.examples().stream().allMatch(RuleExample::mustFlag)) {
      warnings.add("no example_good, so nothing tests that the rule leaves good text alone");
    }
    return warnings;
  }

  private static PackRule rule(PackCsv.Row row, String displayName, String language) {
    String id = PackCells.id(row.get("id"));
    String kind = row.get("kind").toLowerCase(Locale.ROOT);
    String patternCell = row.get("pattern");
    if (patternCell.isEmpty()) {
      throw new IllegalArgumentException(id + ": the pattern is empty");
    }
    String message = row.get("message");
    if (message.isEmpty()) {
      throw new IllegalArgumentException(id + ": the message is empty");
    }
    try {
      Category category = PackCells.category(row.get("category"));
      Severity severity = PackCells.severity(row.get("severity"), null);
      boolean caseSensitive = PackCells.caseSensitive(row.get("case"));
      List<RuleExample> examples = PackCells.examples(language, row.raw("example_bad"),
          row.raw("example_good"), row.line());
      PackRuleInfo info = new PackRuleInfo(id, displayName, row.line(), language, category,
          severity, message, examples);
      String suggestion = row.get("suggestion");
      return switch (kind) {
        case "phrase" -> new TextPatternRule(info, kind,
            PhrasePattern.compile(patternCell, caseSensitive),
            SuggestionTemplate.parse(suggestion, 0));
        case "regex" -> {
          Pattern pattern = compileRegex(patternCell, caseSensitive);
          yield new TextPatternRule(info, kind, pattern,
              SuggestionTemplate.parse(suggestion, pattern.matcher("").groupCount()));
        }
        case "word" -> {
          if (patternCell.matches(".*\\s.*")) {
            throw new IllegalArgumentException("a word pattern is a single word; use kind "
                + "phrase for '" + patternCell + "'");
          }
          yield new WordRule(info, patternCell, caseSensitive,
              SuggestionTemplate.parse(suggestion, 0).alternatives());
        }
        case "" -> throw new IllegalArgumentException("the kind is empty (phrase, regex or "
            + "word)");
        default -> throw new IllegalArgumentException("unknown kind '" + row.get("kind")
            + "' (phrase, regex or word)");
      };
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(id + ": " + e.getMessage(), e);
    }
  }

  private static Pattern compileRegex(String regex, boolean caseSensitive) {
    try {
      return Pattern.compile(regex, caseSensitive ? 0
          : Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    } catch (PatternSyntaxException e) {
      // The JDK's message spans three lines with a caret; one line names the problem.
      throw new IllegalArgumentException("bad regex: " + e.getDescription() + " near index "
          + e.getIndex() + " of '" + regex + "'");
    }
  }
}
