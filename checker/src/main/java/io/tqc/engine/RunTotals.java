package io.tqc.engine;

/**
 * What a run's results add up to, as the closing line and the reports' headers give it: the
 * inputs, those that could not be checked (and among them those in a language tqc cannot
 * check), and the findings and words of the others.
 */
public final class RunTotals {
  private int documents;
  private int unreadable;
  private int unsupportedLanguage;
  private int findings;
  private int words;

  public void add(DocumentResult result) {
    documents++;
    if (result.failed()) {
      unreadable++;
      if (result.unsupportedLanguage()) {
        unsupportedLanguage++;
      }
      return;
    }
    findings += result.findings().size();
    words += result.words();
  }

  public int documents() {
    return documents;
  }

  /**
   * Inputs that could not be checked: unreadable, over a limit, or in a language tqc cannot
   * check.
   */
  public int unreadable() {
    return unreadable;
  }

  /** The part of {@link #unreadable()} that was read but is in a language tqc cannot check. */
  public int unsupportedLanguage() {
    return unsupportedLanguage;
  }

  public int findings() {
    return findings;
  }

  public int words() {
    return words;
  }
}
