package io.tqc.engine;

import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.Segmentation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.Language;

/**
 * Runs rules' examples the way {@code tqc check} runs the rules: on LanguageTool's analysis of
 * the example text, and reports each example that does not behave as it says.
 */
public final class ExampleRunner {

  /** An example that failed, with what happened instead. */
  public record Failure(Rule rule, RuleExample example, String problem) {
    /** {@code FILE:LINE: ID: expected to flag|not to flag: "example"}. */
    public String describe() {
      String where = rule.source() + ":" + (example.line() > 0 ? example.line()
          : rule.sourceLine());
      return where + ": " + rule.id() + ": expected " + (example.mustFlag() ? "to flag"
          : "not to flag") + ": \"" + example.text() + "\"" + (example.source() == null ? ""
          : " translating \"" + example.source() + "\"") + (problem.isEmpty() ? ""
          : " (" + problem + ")");
    }
  }

  private final LanguageResolver languages;
  private final LanguageToolPool pool;

  public ExampleRunner(LanguageResolver languages, LanguageToolPool pool) {
    this.languages = languages;
    this.pool = pool;
  }

  public List<Failure> run(Rule rule) {
    List<Failure> failures = new ArrayList<>();
    for (RuleExample example : rule.examples()) {
      String problem = check(rule, example);
      if (problem != null) {
        failures.add(new Failure(rule, example, problem));
      }
    }
    return failures;
  }

  /** The findings a rule reports on an example text. */
  public List<Finding> findings(Rule rule, RuleExample example) {
    try {
      Language language = languages.forCode(example.language());
      Document document = Document.of("example", example.text(), "text/plain", "", false);
      if (example.source() != null) {
        // the whole example is one segment translating the source
        document = document.withSegmentation(new Segmentation(List.of(new DocumentSegment("1",
            0, document.index().length(), example.source(), example.sourceLanguage())), "", ""));
      }
      LanguageToolSession.Output output = pool.session(language).check(example.text(),
          () -> false);
      FindingFactory factory = new FindingFactory(document,
          language.getShortCodeWithCountryAndVariant());
      CheckContext context = new CheckContext(document, language, output.sentences(),
          DocumentChecker.findingsOf(output, factory), factory, Deadline.NONE);
      return rule.check(context);
    } catch (UnsupportedLanguageException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("LanguageTool failed on an example: " + e.getMessage(), e);
    }
  }

  /** Null when the example behaves as it says, else what went wrong. */
  private String check(Rule rule, RuleExample example) {
    List<Finding> findings;
    try {
      findings = findings(rule, example);
    } catch (IllegalArgumentException e) {
      return e.getMessage();
    }
    if (!example.mustFlag()) {
      return findings.isEmpty() ? null : "flagged \"" + findings.get(0).text() + "\"";
    }
    String expected = example.text().substring(example.expectedFrom(), example.expectedTo());
    for (Finding finding : findings) {
      if (finding.text().equals(expected) && finding.start() == example.text()
          .codePointCount(0, example.expectedFrom())) {
        return null;
      }
    }
    return findings.isEmpty() ? "" : "flagged \"" + findings.get(0).text()
        + "\" instead of \"" + expected + "\"";
  }
}
