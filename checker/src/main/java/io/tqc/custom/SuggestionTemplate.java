package io.tqc.custom;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;

/**
 * A suggestion cell: alternatives separated by {@code |}, each of which may refer to the regex's
 * capture groups as {@code $1}..{@code $9} ({@code \$} is a literal dollar sign).
 */
final class SuggestionTemplate {
  private final List<String> alternatives;

  private SuggestionTemplate(List<String> alternatives) {
    this.alternatives = alternatives;
  }

  static final SuggestionTemplate NONE = new SuggestionTemplate(List.of());

  /**
   * @param groupCount capture groups of the pattern; a reference to a higher group is an error
   * @throws IllegalArgumentException naming the bad reference
   */
  static SuggestionTemplate parse(String cell, int groupCount) {
    if (cell == null || cell.isBlank()) {
      return NONE;
    }
    List<String> alternatives = new ArrayList<>();
    for (String alternative : cell.split("\\|")) {
      String trimmed = alternative.strip();
      if (trimmed.isEmpty()) {
        continue;
      }
      for (int i = 0; i < trimmed.length() - 1; i++) {
        char c = trimmed.charAt(i);
        if (c == '\\') {
          i++;
        } else if (c == '$' && Character.isDigit(trimmed.charAt(i + 1))) {
          int group = trimmed.charAt(i + 1) - '0';
          if (group > groupCount) {
            throw new IllegalArgumentException("suggestion refers to $" + group
                + " but the pattern has " + groupCount + " capture group"
                + (groupCount == 1 ? "" : "s"));
          }
        }
      }
      alternatives.add(trimmed);
    }
    return new SuggestionTemplate(List.copyOf(alternatives));
  }

  /** The alternatives as written, for rules without a match to take groups from. */
  List<String> alternatives() {
    return alternatives;
  }

  List<String> expand(MatchResult match) {
    List<String> expanded = new ArrayList<>(alternatives.size());
    for (String alternative : alternatives) {
      StringBuilder out = new StringBuilder();
      for (int i = 0; i < alternative.length(); i++) {
        char c = alternative.charAt(i);
        if (c == '\\' && i + 1 < alternative.length()) {
          out.append(alternative.charAt(++i));
        } else if (c == '$' && i + 1 < alternative.length()
            && Character.isDigit(alternative.charAt(i + 1))) {
          String group = match.group(alternative.charAt(++i) - '0');
          out.append(group == null ? "" : group);
        } else {
          out.append(c);
        }
      }
      expanded.add(out.toString());
    }
    return expanded;
  }
}
