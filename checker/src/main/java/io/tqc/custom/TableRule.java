package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.engine.TimeLimitExceededException;
import java.util.List;
import java.util.regex.Matcher;

/**
 * A pack rule described by a {@link PackRuleInfo}: identity, grading and examples come from its
 * row, so each kind only says how it finds its matches.
 */
abstract class TableRule implements PackRule {
  protected final PackRuleInfo info;

  TableRule(PackRuleInfo info) {
    this.info = info;
  }

  interface MatchVisitor {
    void accept(Matcher matcher);
  }

  /**
   * Visits the matches of a pattern in the document text. A document without the pattern's
   * {@link RequiredText} is not searched at all; otherwise the matcher stops with a
   * {@link TimeLimitExceededException} naming this rule when the document's deadline passes, so
   * a runaway regex cannot hang the batch.
   */
  protected final void forEachMatch(SearchPattern pattern, CheckContext context,
      MatchVisitor visit) {
    if (!RequiredText.mayMatch(pattern.required(), context)) {
      return;
    }
    Matcher matcher = pattern.regex().matcher(new DeadlineCharSequence(context.text(),
        context.deadline()));
    try {
      while (matcher.find()) {
        visit.accept(matcher);
      }
    } catch (DeadlineCharSequence.Expired e) {
      throw stopped(context.deadline().limitDescription());
    } catch (StackOverflowError e) {
      throw stopped("its regex recursed too deeply on this text");
    }
  }

  private TimeLimitExceededException stopped(String why) {
    return new TimeLimitExceededException("rule " + info.id() + " (" + info.source() + ":"
        + info.line() + ") was stopped: " + why);
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
