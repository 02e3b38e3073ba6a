package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.engine.TimeLimitExceededException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code phrase} or {@code regex} row: finds its pattern in the document text. The matcher
 * reads the text through a {@link DeadlineCharSequence}, so a runaway regex ends the document's
 * check with an error instead of hanging the batch.
 */
final class TextPatternRule implements PackRule {
  private final PackRuleInfo info;
  private final String kind;
  private final Pattern pattern;
  private final SuggestionTemplate suggestions;

  TextPatternRule(PackRuleInfo info, String kind, Pattern pattern,
      SuggestionTemplate suggestions) {
    this.info = info;
    this.kind = kind;
    this.pattern = pattern;
    this.suggestions = suggestions;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    Matcher matcher = pattern.matcher(new DeadlineCharSequence(context.text(),
        context.deadline()));
    try {
      while (matcher.find()) {
        if (matcher.end() == matcher.start()) {
          continue; // an empty match flags nothing a reader could see
        }
        findings.add(context.findings().create(matcher.start(), matcher.end(), info.id(),
            info.source(), info.category(), info.severity(), info.message(),
            suggestions.expand(matcher)));
      }
    } catch (DeadlineCharSequence.Expired e) {
      throw new TimeLimitExceededException("rule " + info.id() + " (" + info.source() + ":"
          + info.line() + ") was stopped: " + context.deadline().limitDescription());
    } catch (StackOverflowError e) {
      throw new TimeLimitExceededException("rule " + info.id() + " (" + info.source() + ":"
          + info.line() + ") was stopped: its regex recursed too deeply on this text");
    }
    return findings;
  }

  Pattern pattern() {
    return pattern;
  }

  @Override
  public String kind() {
    return kind;
  }

  @Override
  public String id() {
    return info.id();
  }

  @Override
  public String source() {
    return info.source();
  }

  @Override
  public int sourceLine() {
    return info.line();
  }

  @Override
  public Category category() {
    return info.category();
  }

  @Override
  public Severity severity() {
    return info.severity();
  }

  @Override
  public String description() {
    return info.message();
  }

  @Override
  public boolean appliesTo(String languageCode) {
    return info.appliesTo(languageCode);
  }

  @Override
  public List<RuleExample> examples() {
    return info.examples();
  }
}
