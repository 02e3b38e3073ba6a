package io.tqc.serve;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import java.util.List;
import org.languagetool.Language;

/**
 * What checking one request gave.
 *
 * @param request the request
 * @param language the language the text was checked in
 * @param detected whether that language was detected ({@code language=auto})
 * @param result the engine's result, findings in code points of the plain text
 * @param findings the findings the request's rule selection keeps
 * @param incomplete the time limit stopped the check (only with allowIncompleteResults)
 */
record CheckOutcome(CheckRequest request, Language language, boolean detected,
    DocumentResult result, List<Finding> findings, boolean incomplete) {

  CheckOutcome {
    findings = List.copyOf(findings);
  }

  /** The engine's result with only the findings the request keeps, for verdict and reports. */
  DocumentResult keptResult() {
    return new DocumentResult(result.file(), result.document(), result.language(),
        result.words(), findings, null, result.silencedSpellingAlarms());
  }
}
