package io.tqc.custom;

import io.tqc.engine.CheckContext;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text that every match of a regex contains, read off the regex, so that a rule can skip a
 * document that cannot match with one {@link String#contains} instead of trying the regex at
 * every position. Most pack rules match nothing in most documents, and a regex that starts with a
 * word boundary or a look-behind is tried, and fails, at every character of the text.
 *
 * <p>The reading is conservative: where a construct is not understood the regex has no required
 * text and always runs. Comparison is on case-folded text, the folding Java's regex engine uses
 * for {@link Pattern#UNICODE_CASE} (upper case, then lower case, one char at a time), so a
 * case-insensitive match always contains the folded required text.
 */
final class RequiredText {
  /** Shorter pieces would let nearly every document through, so they are not worth a scan. */
  static final int MIN_LENGTH = 3;

  /** Nothing known to be required: the regex always runs. */
  private static final List<String> NONE = List.of();
  /** An inline flag group that turns on comments mode, where spaces are not literal. */
  private static final Pattern COMMENTS_FLAG = Pattern.compile("\\(\\?[a-zA-Z]*-?[a-zA-Z]*x");

  private final String regex;
  private int at;

  private RequiredText(String regex) {
    this.regex = regex;
  }

  /**
   * Folded pieces of which every match contains at least one; empty when nothing is known to be
   * required. One piece per top-level alternative.
   */
  static List<String> of(Pattern pattern) {
    if ((pattern.flags() & (Pattern.COMMENTS | Pattern.LITERAL | Pattern.CANON_EQ)) != 0
        || COMMENTS_FLAG.matcher(pattern.pattern()).find()) {
      return NONE;
    }
    try {
      return new RequiredText(pattern.pattern()).alternatives();
    } catch (Unsure e) {
      return NONE;
    }
  }

  /** Whether the document may hold a match, given the pieces {@link #of} found. */
  static boolean mayMatch(List<String> required, CheckContext context) {
    if (required.isEmpty()) {
      return true;
    }
    String folded = context.derived(RequiredText.class, () -> fold(context.text()));
    for (String piece : required) {
      if (folded.contains(piece)) {
        return true;
      }
    }
    return false;
  }

  static String fold(CharSequence text) {
    char[] folded = new char[text.length()];
    for (int i = 0; i < folded.length; i++) {
      folded[i] = fold(text.charAt(i));
    }
    return new String(folded);
  }

  private static char fold(char c) {
    return Character.toLowerCase(Character.toUpperCase(c));
  }

  /** Thrown where the regex uses something this reader does not follow. */
  private static final class Unsure extends Exception {
    Unsure() {
      super(null, null, false, false);
    }
  }

  private List<String> alternatives() throws Unsure {
    List<String> pieces = new ArrayList<>();
    while (true) {
      String longest = longestLiteralOfBranch();
      if (longest.length() < MIN_LENGTH) {
        return NONE;
      }
      pieces.add(fold(longest));
      if (at >= regex.length()) {
        return List.copyOf(pieces);
      }
      at++; // the top-level '|'
    }
  }

  /** Reads one top-level alternative and returns its longest run of literal characters. */
  private String longestLiteralOfBranch() throws Unsure {
    String longest = "";
    StringBuilder run = new StringBuilder();
    while (at < regex.length() && regex.charAt(at) != '|') {
      char c = regex.charAt(at);
      switch (c) {
        case '(' -> {
          skipGroup();
          run.setLength(0);
        }
        case '[' -> {
          skipClass();
          run.setLength(0);
        }
        case '.', '^', '$' -> {
          at++;
          run.setLength(0);
        }
        case ')', ']', '}' -> throw new Unsure();
        case '?', '*', '+', '{' -> {
          // A quantifier applies to the character before it: optional ones leave the run.
          if (c != '+' && !quantifierNeedsOne() && run.length() > 0) {
            run.setLength(run.length() - 1);
          }
          skipQuantifier();
          longest = longer(longest, run);
          run.setLength(0);
          continue;
        }
        case '\\' -> {
          if (regex.startsWith("\\Q", at)) {
            appendQuoted(run);
          } else {
            int literal = escapedLiteral();
            if (literal < 0) {
              run.setLength(0);
            } else {
              run.append((char) literal);
            }
          }
        }
        default -> {
          if (Character.isSurrogate(c)) {
            throw new Unsure();
          }
          run.append(c);
          at++;
        }
      }
      if (at < regex.length() && "?*+{".indexOf(regex.charAt(at)) >= 0) {
        continue; // the quantifier case above sees the run with its last character
      }
      longest = longer(longest, run);
    }
    return longer(longest, run);
  }

  private static String longer(String longest, CharSequence run) {
    return run.length() > longest.length() ? run.toString() : longest;
  }

  /** After {@code {n,m}}, whether n is at least 1 (the character must be there). */
  private boolean quantifierNeedsOne() throws Unsure {
    if (regex.charAt(at) != '{') {
      return false;
    }
    int close = regex.indexOf('}', at);
    if (close < 0) {
      throw new Unsure();
    }
    String min = regex.substring(at + 1, close).split(",", -1)[0].strip();
    if (min.isEmpty() || !min.chars().allMatch(Character::isDigit)) {
      throw new Unsure();
    }
    return Integer.parseInt(min) >= 1;
  }

  private void skipQuantifier() throws Unsure {
    if (regex.charAt(at) == '{') {
      at = regex.indexOf('}', at) + 1;
    } else {
      at++;
    }
    if (at < regex.length() && (regex.charAt(at) == '?' || regex.charAt(at) == '+')) {
      at++; // lazy or possessive
    }
  }

  /** Appends the text quoted by {@code \Q...\E} at {@code at}: all of it is literal. */
  private void appendQuoted(StringBuilder run) throws Unsure {
    int end = regex.indexOf("\\E", at + 2);
    String quoted = regex.substring(at + 2, end < 0 ? regex.length() : end);
    if (quoted.chars().anyMatch(c -> Character.isSurrogate((char) c))) {
      throw new Unsure();
    }
    run.append(quoted);
    at = end < 0 ? regex.length() : end + 2;
  }

  /**
   * Reads an escape at {@code at}: the character it stands for, or -1 for a construct that
   * matches no fixed character ({@code \b}, {@code \s}, {@code \p{L}}).
   */
  private int escapedLiteral() throws Unsure {
    if (at + 1 >= regex.length()) {
      throw new Unsure();
    }
    char next = regex.charAt(at + 1);
    if ("bBsSdDwWhHvVRXAzZG".indexOf(next) >= 0) {
      at += 2;
      return -1;
    }
    if (next == 'p' || next == 'P') {
      at += 2;
      if (at < regex.length() && regex.charAt(at) == '{') {
        int close = regex.indexOf('}', at);
        if (close < 0) {
          throw new Unsure();
        }
        at = close + 1;
      } else {
        at++;
      }
      return -1;
    }
    if (Character.isLetterOrDigit(next) || Character.isSurrogate(next)) {
      throw new Unsure(); // \t, \x41, \u0041, back-references: not followed
    }
    at += 2;
    return next;
  }

  /** Skips a parenthesised group, whatever it holds. */
  private void skipGroup() throws Unsure {
    int depth = 0;
    while (at < regex.length()) {
      char c = regex.charAt(at);
      if (c == '\\') {
        at += 2;
        continue;
      }
      if (c == '[') {
        skipClass();
        continue;
      }
      at++;
      if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return;
      }
    }
    throw new Unsure();
  }

  /** Skips a character class, nested classes included. */
  private void skipClass() throws Unsure {
    int depth = 0;
    at++; // '['
    depth++;
    if (at < regex.length() && regex.charAt(at) == '^') {
      at++;
    }
    if (at < regex.length() && regex.charAt(at) == ']') {
      at++; // a ']' first in a class is literal
    }
    while (at < regex.length()) {
      char c = regex.charAt(at);
      if (c == '\\') {
        at += 2;
        continue;
      }
      at++;
      if (c == '[') {
        depth++;
      } else if (c == ']' && --depth == 0) {
        return;
      }
    }
    throw new Unsure();
  }
}
