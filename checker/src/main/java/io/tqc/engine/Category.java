package io.tqc.engine;

import java.util.List;
import java.util.Objects;

/**
 * An MQM typology path such as {@code Fluency/Spelling}: a top level from the fixed MQM list and
 * an optional name of the error below it.
 */
public record Category(String top, String sub) {
  public static final List<String> TOP_LEVELS = List.of(
      "Accuracy", "Fluency", "Terminology", "Style", "Locale convention", "Other");

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

  @Override
  public String toString() {
    return sub.isEmpty() ? top : top + "/" + sub;
  }
}
