package io.tqc.engine;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One problem found in one document. Offsets are 0-based code point offsets into the document
 * text, end exclusive; line and column are 1-based. {@code segment} and {@code source} name the
 * bilingual segment the finding lies in and its source text; both are empty for monolingual
 * input.
 */
public record Finding(
    String file,
    String language,
    int line,
    int column,
    int start,
    int end,
    String ruleId,
    String ruleSource,
    Category category,
    Severity severity,
    String message,
    List<String> suggestions,
    String text,
    String context,
    String segment,
    String source) {

  public static final String SOURCE_LANGUAGETOOL = "languagetool";
  public static final String SOURCE_BUILTIN = "builtin";

  /** LanguageTool's spell checkers: Morfologik and Hunspell rules, German and French spellers. */
  private static final Pattern SPELLING_RULE = Pattern.compile(
      ".*(MORFOLOGIK|HUNSPELL|SPELLER|SPELLING).*");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}][\\p{L}\\p{M}'’-]*");

  public Finding {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(ruleId, "ruleId");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(severity, "severity");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
    suggestions = List.copyOf(suggestions);
    segment = segment == null ? "" : segment;
    source = source == null ? "" : source;
  }

  /** A finding outside any bilingual segment. */
  public Finding(String file, String language, int line, int column, int start, int end,
      String ruleId, String ruleSource, Category category, Severity severity, String message,
      List<String> suggestions, String text, String context) {
    this(file, language, line, column, start, end, ruleId, ruleSource, category, severity,
        message, suggestions, text, context, "", "");
  }

  /** LanguageTool's spell checker does not know the one word this finding covers. */
  public boolean isSpellingAlarm() {
    return SOURCE_LANGUAGETOOL.equals(ruleSource) && SPELLING_RULE.matcher(ruleId).matches()
        && WORD.matcher(text).matches();
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(file, language, line, column, start, end, ruleId, ruleSource, category,
        newSeverity, message, suggestions, text, context, segment, source);
  }

  /** The same finding in a bilingual segment. */
  public Finding withSegment(String newSegment, String newSource) {
    return new Finding(file, language, line, column, start, end, ruleId, ruleSource, category,
        severity, message, suggestions, text, context, newSegment, newSource);
  }
}
