package io.tqc.cli;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.RunTotals;
import java.nio.file.Path;

/** Counts what a run found, for the closing line and the exit code. */
final class RunTally {
  private final ExitRule exitRule;
  private final RunTotals totals = new RunTotals();
  private int failing;

  RunTally(ExitRule exitRule) {
    this.exitRule = exitRule;
  }

  void add(DocumentResult result) {
    totals.add(result);
    if (!result.failed() && exitRule.fails(result)) {
      failing++;
    }
  }

  /**
   * 3 when an input could not be checked, an article in a language tqc cannot check included:
   * a 0 must mean that every input was checked and passed. Else 1 when an article fails.
   */
  int exitCode() {
    if (totals.unreadable() > 0) {
      return ExitCodes.NOT_CHECKED;
    }
    return failing > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  String describe(Path out) {
    int notChecked = totals.unreadable();
    int otherLanguage = totals.unsupportedLanguage();
    int unreadable = notChecked - otherLanguage;
    StringBuilder line = new StringBuilder("tqc: checked ")
        .append(totals.documents() - notChecked).append(" of ").append(totals.documents())
        .append(totals.documents() == 1 ? " document, " : " documents, ")
        .append(totals.findings()).append(totals.findings() == 1 ? " finding" : " findings");
    if (unreadable > 0) {
      line.append(", ").append(unreadable).append(" could not be read or checked");
    }
    if (otherLanguage > 0) {
      line.append(", ").append(otherLanguage).append(otherLanguage == 1 ? " is" : " are")
          .append(" in a language tqc cannot check");
    }
    return line.append("; reports in ").append(out).toString();
  }
}
