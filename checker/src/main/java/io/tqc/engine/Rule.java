package io.tqc.engine;

import java.util.List;

/**
 * A check that tqc runs beside LanguageTool's own rules: a built-in rule or an editor's rule.
 * Implementations are stateless, so one instance serves every thread.
 */
public interface Rule {

  /** Stable id in UPPER_SNAKE case, unique across all rules. */
  String id();

  /** {@code builtin}, or the rule-pack file the rule came from ({@code rules/en/x.csv}). */
  String source();

  /** Line of {@link #source()} that defines the rule, 0 when it is not from a file. */
  default int sourceLine() {
    return 0;
  }

  /** MQM category of its findings. */
  Category category();

  /** Default severity of its findings. */
  Severity severity();

  /** One line saying what the rule looks for. */
  String description();

  /**
   * Whether the rule applies to documents in a language: {@code languageCode} is a LanguageTool
   * code with variant ({@code en-US}); compare its first part for language-wide rules.
   */
  boolean appliesTo(String languageCode);

  /** Texts the rule must flag (with the span marked) and texts it must not flag. */
  List<RuleExample> examples();

  /** The findings in one document. */
  List<Finding> check(CheckContext context);
}
