package io.tqc.engine;

/**
 * What a run's results add up to, as the closing line and the reports' headers give it: the
 * inputs, those that could not be checked, and the findings and words of the others.
 */
public final class RunTotals {
  private int documents;
  private int unreadable;
  private int findings;
  private int words;

  public void add(DocumentResult result) {
    documents++;
    if (result.failed()) {
      unreadable++;
      return;
    }
    findings += result.findings().size();
    words += result.words();
  }

  public int documents() {
    return documents;
  }

  public int unreadable() {
    return unreadable;
  }

  public int findings() {
    return findings;
  }

  public int words() {
    return words;
  }
}
