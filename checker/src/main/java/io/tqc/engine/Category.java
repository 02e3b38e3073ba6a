package io.tqc.engine;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An MQM typology path such as {@code Fluency/Spelling}: a top level from the fixed MQM list and
 * an optional name of the error below it.
 */
public record Category(String top, String sub) {
  public static final List<String> TOP_LEVELS = List.of(
      "Accuracy", "Fluency", "Terminology", "Style", "Locale convention", "Other");

  /**
   * The second levels an editor may name, by top level: MQM Core in the naming of WMT's expert
   * annotations (the list in the design notes). A top level alone is also a category.
   */
  public static final Map<String, List<String>> SECOND_LEVELS = secondLevels();

  public static final Category SPELLING = new Category("Fluency", "Spelling");
  public static final Category GRAMMAR = new Category("Fluency", "Grammar");
  public static final Category PUNCTUATION = new Category("Fluency", "Punctuation");
  public static final Category INCONSISTENCY = new Category("Fluency", "Inconsistency");
  public static final Category AWKWARD = new Category("Style", "Awkward");
  public static final Category UNIDIOMATIC = new Category("Style", "Unidiomatic");
  public static final Category UNTRANSLATED = new Category("Accuracy", "Untranslated");
  public static final Category MISTRANSLATION = new Category("Accuracy", "Mistranslation");

  public Category {
    Objects.requireNonNull(top, "top");
    if (!TOP_LEVELS.contains(top)) {
      throw new IllegalArgumentException("unknown MQM category '" + top
          + "' (the top level must be one of " + String.join(", ", TOP_LEVELS) + ")");
    }
    sub = sub == null ? "" : sub.strip();
  }

  /** Parses {@code Top/Sub} or {@code Top}; the top level is matched case-insensitively. */
  public static Category parse(String path) {
    String trimmed = path.strip();
    int slash = trimmed.indexOf('/');
    String top = slash < 0 ? trimmed : trimmed.substring(0, slash).strip();
    String sub = slash < 0 ? "" : trimmed.substring(slash + 1);
    for (String known : TOP_LEVELS) {
      if (known.equalsIgnoreCase(top)) {
        return new Category(known, sub);
      }
    }
    return new Category(top, sub);
  }

  /**
   * Parses a path an editor wrote, allowing only the known second levels (matched ignoring
   * case, returned in their usual spelling), so that a typo such as {@code Style/Awkard} does not
   * become a category of its own in the reports.
   *
   * @throws IllegalArgumentException naming the closest known category, or the known ones
   */
  public static Category parseKnown(String path) {
    Category parsed = parse(path);
    if (parsed.sub().isEmpty()) {
      return parsed;
    }
    List<String> subs = SECOND_LEVELS.getOrDefault(parsed.top(), List.of());
    for (String sub : subs) {
      if (sub.equalsIgnoreCase(parsed.sub())) {
        return new Category(parsed.top(), sub);
      }
    }
    List<String> known = SECOND_LEVELS.entrySet().stream()
        .flatMap(e -> e.getValue().stream().map(sub -> e.getKey() + "/" + sub)).toList();
    String hint = ClosestName.among(parsed.toString(), known)
        .map(closest -> "did you mean " + closest + "?")
        .orElse(subs.isEmpty() ? parsed.top() + " has no second levels; write " + parsed.top()
            + " alone" : "the second levels of " + parsed.top() + " are " + String.join(", ",
            subs));
    throw new IllegalArgumentException("unknown MQM category '" + path.strip() + "' (" + hint
        + ")");
  }

  private static Map<String, List<String>> secondLevels() {
    Map<String, List<String>> levels = new LinkedHashMap<>();
    levels.put("Accuracy", List.of("Mistranslation", "Addition", "Omission", "Untranslated"));
    levels.put("Fluency", List.of("Grammar", "Spelling", "Punctuation", "Inconsistency",
        "Register", "Character encoding"));
    levels.put("Terminology", List.of("Wrong term", "Inconsistent"));
    levels.put("Style", List.of("Awkward", "Unidiomatic"));
    levels.put("Locale convention", List.of("Number format", "Date format", "Currency format",
        "Name format"));
    levels.put("Other", List.of());
    return Collections.unmodifiableMap(levels);
  }

  @Override
  public String toString() {
    return sub.isEmpty() ? top : top + "/" + sub;
  }
}
