package io.tqc.custom;

/**
 * Something wrong with a rule pack, where it is: {@code rules/en/x.csv:12: unknown kind 'frase'}.
 *
 * @param file the pack file as shown to the user
 * @param line 1-based line, 0 when the problem concerns the whole file
 * @param message what is wrong, and where useful what would be right
 */
public record PackProblem(String file, int line, String message) {
  public String describe() {
    return file + (line > 0 ? ":" + line : "") + ": " + message;
  }
}
