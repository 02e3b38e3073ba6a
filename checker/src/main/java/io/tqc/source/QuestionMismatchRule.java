package io.tqc.source;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.rules.BuiltinRule;
import java.util.ArrayList;
import java.util.List;

/**
 * A source that ends as a question translated without any question mark, or a source that ends
 * as a statement translated as a question. Only the segment's final mark is compared, and a
 * question mark anywhere in the target counts, since a translation may move a quoted question
 * ("“你去吗？”他问。" becomes "“Are you going?” he asked.").
 */
public final class QuestionMismatchRule extends BuiltinRule {
  private static final String CLOSERS = "\"'”’»«›‹)）]】」』 \u00A0\t\r\n";
  private static final String QUESTION = "?？¿";
  private static final String STATEMENT = ".。!！";

  public QuestionMismatchRule() {
    super("QUESTION_MISMATCH", Category.MISTRANSLATION, Severity.MINOR,
        "A question of the source is a statement in the target, or the other way round");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (TranslationPair pair : TranslationPairs.of(context)) {
      context.checkDeadline();
      char sourceEnd = lastMark(pair.source());
      int targetAt = lastMarkAt(pair.target());
      char targetEnd = targetAt < 0 ? 0 : pair.target().charAt(targetAt);
      boolean targetAsks = pair.target().chars().anyMatch(c -> QUESTION.indexOf(c) >= 0);
      boolean sourceAsks = pair.source().chars().anyMatch(c -> QUESTION.indexOf(c) >= 0);
      if (QUESTION.indexOf(sourceEnd) >= 0 && !targetAsks
          && STATEMENT.indexOf(targetEnd) >= 0 && targetAt >= 0) {
        out.add(finding(context, pair.offset() + targetAt, pair.offset() + targetAt + 1,
            "The source asks a question, the target states it.", List.of("?")));
      } else if (STATEMENT.indexOf(sourceEnd) >= 0 && sourceEnd != 0 && !sourceAsks
          && QUESTION.indexOf(targetEnd) >= 0 && targetAt >= 0) {
        out.add(finding(context, pair.offset() + targetAt, pair.offset() + targetAt + 1,
            "The source states this, the target asks it.", List.of(".")));
      }
    }
    return out;
  }

  private static char lastMark(String text) {
    int at = lastMarkAt(text);
    return at < 0 ? 0 : text.charAt(at);
  }

  /** The offset of the last character before closing quotes and brackets, or -1. */
  private static int lastMarkAt(String text) {
    int at = text.length() - 1;
    while (at >= 0 && CLOSERS.indexOf(text.charAt(at)) >= 0) {
      at--;
    }
    return at;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "你明天会来吗？", "en-US",
            "You will come tomorrow<marker>.</marker>"),
        RuleExample.flagsTranslation("zh-CN", "这是真的吗？", "en-US",
            "This is true<marker>.</marker>"),
        RuleExample.flagsTranslation("zh-CN", "为什么价格上涨了？", "en-US",
            "Prices rose for a reason<marker>.</marker>"),
        RuleExample.flagsTranslation("zh-CN", "他已经离开了。", "en-US",
            "Has he already left<marker>?</marker>"),
        RuleExample.flagsTranslation("zh-CN", "谁会赢得比赛？", "en-US",
            "Someone will win the match<marker>!</marker>"),
        RuleExample.acceptsTranslation("zh-CN", "你明天会来吗？", "en-US",
            "Will you come tomorrow?"),
        RuleExample.acceptsTranslation("zh-CN", "“你去吗？”他问。", "en-US",
            "\"Are you going?\" he asked."),
        RuleExample.acceptsTranslation("zh-CN", "他已经离开了。", "en-US",
            "He has already left."),
        RuleExample.acceptsTranslation("zh-CN", "谁会赢得比赛？", "en-US",
            "Who will win the match?"),
        RuleExample.acceptsTranslation("zh-CN", "你知道吗", "en-US", "Did you know?"),
        RuleExample.flagsTranslation("en-US", "Are you coming tomorrow?", "de-DE",
            "Du kommst morgen<marker>.</marker>"),
        RuleExample.flagsTranslation("en-US", "Is this true?", "de-DE",
            "Das ist wahr<marker>.</marker>"),
        RuleExample.flagsTranslation("en-US", "Why did prices rise?", "de-DE",
            "Die Preise stiegen aus einem Grund<marker>.</marker>"),
        RuleExample.flagsTranslation("en-US", "He has already left.", "de-DE",
            "Ist er schon gegangen<marker>?</marker>"),
        RuleExample.flagsTranslation("en-US", "Who will win the match?", "de-DE",
            "Jemand wird das Spiel gewinnen<marker>!</marker>"),
        RuleExample.acceptsTranslation("en-US", "Are you coming tomorrow?", "de-DE",
            "Kommst du morgen?"),
        RuleExample.acceptsTranslation("en-US", "\"Is it true?\" she asked.", "de-DE",
            "„Ist das wahr?“, fragte sie."),
        RuleExample.acceptsTranslation("en-US", "He has already left.", "de-DE",
            "Er ist schon gegangen."),
        RuleExample.acceptsTranslation("en-US", "Who will win the match?", "de-DE",
            "Wer gewinnt das Spiel?"),
        RuleExample.acceptsTranslation("en-US", "Guess who won", "de-DE",
            "Raten Sie, wer gewonnen hat?"));
  }
}
