package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Parses the cells every pack table shares (id, category, severity, case, examples), throwing
 * {@link IllegalArgumentException} with a message an editor can act on.
 */
final class PackCells {
  static final Pattern UPPER_SNAKE = Pattern.compile("[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*");

  private PackCells() {}

  static String id(String cell) {
    if (cell.isEmpty()) {
      throw new IllegalArgumentException("the id is empty");
    }
    if (!UPPER_SNAKE.matcher(cell).matches()) {
      throw new IllegalArgumentException("id '" + cell + "' is not UPPER_SNAKE_CASE (capital "
          + "letters, digits and single underscores, starting with a letter)");
    }
    return cell;
  }

  static Category category(String cell) {
    if (cell.isEmpty()) {
      throw new IllegalArgumentException("the category is empty (an MQM path such as "
          + "Style/Unidiomatic)");
    }
    return Category.parseKnown(cell);
  }

  static Severity severity(String cell, Severity whenEmpty) {
    if (cell.isEmpty()) {
      if (whenEmpty == null) {
        throw new IllegalArgumentException("the severity is empty (critical, major, minor or neutral)");
      }
      return whenEmpty;
    }
    return Severity.parse(cell);
  }

  /** True for {@code sensitive}; {@code insensitive} or empty is the default. */
  static boolean caseSensitive(String cell) {
    return switch (cell.toLowerCase(java.util.Locale.ROOT)) {
      case "sensitive" -> true;
      case "", "insensitive" -> false;
      default -> throw new IllegalArgumentException("case '" + cell
          + "' is not 'sensitive' or 'insensitive'");
    };
  }

  /**
   * The examples of a row. An {@code example_bad} without {@code <marker>} expects the whole
   * example to be flagged.
   */
  static List<RuleExample> examples(String language, String bad, String good, int line) {
    List<RuleExample> examples = new ArrayList<>();
    if (!bad.isBlank()) {
      String marked = bad.contains(RuleExample.OPEN) ? bad
          : RuleExample.OPEN + bad + RuleExample.CLOSE;
      examples.add(new RuleExample(language, marked, line));
    }
    if (!good.isBlank()) {
      if (good.contains(RuleExample.OPEN) || good.contains(RuleExample.CLOSE)) {
        throw new IllegalArgumentException("example_good must not contain <marker>");
      }
      examples.add(new RuleExample(language, good, line));
    }
    return examples;
  }
}
