package io.tqc.source;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.read.InlineCode.Kind;
import io.tqc.rules.BuiltinRule;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Formatting codes and placeholders that the target does not carry over as the source has them:
 * one missing (an empty finding at the segment's end naming it), one the source does not have,
 * a closing code before its opening one, or printf arguments without positions in another
 * order. The category is Fluency/Markup: MQM files markup errors under a dimension of design
 * and markup that tqc's top levels leave out, and a broken code spoils the text's form rather
 * than its meaning.
 */
public final class TagMismatchRule extends BuiltinRule {

  public TagMismatchRule() {
    super("TAG_MISMATCH", new Category("Fluency", "Markup"), Severity.MAJOR,
        "A formatting code or placeholder of the source is missing, added or out of order in "
            + "the target");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (TranslationPair pair : TranslationPairs.of(context)) {
      context.checkDeadline();
      boolean hasCodes = !pair.segment().sourceCodes().isEmpty()
          || !pair.segment().targetCodes().isEmpty();
      if (!hasCodes && !mayHavePlaceholders(pair.source())
          && !mayHavePlaceholders(pair.target())) {
        continue;
      }
      List<Placeholder> source = Placeholders.of(pair.source(), pair.segment().sourceCodes());
      List<Placeholder> target = Placeholders.of(pair.target(), pair.segment().targetCodes());
      if (source.isEmpty() && target.isEmpty()) {
        continue;
      }
      compare(context, pair, source, target, out);
    }
    return out;
  }

  private void compare(CheckContext context, TranslationPair pair, List<Placeholder> source,
      List<Placeholder> target, List<Finding> out) {
    Map<String, Integer> unmatched = new HashMap<>();
    source.forEach(p -> unmatched.merge(p.key(), 1, Integer::sum));
    List<Placeholder> kept = new ArrayList<>();
    for (Placeholder t : target) {
      int left = unmatched.getOrDefault(t.key(), 0);
      if (left > 0) {
        unmatched.put(t.key(), left - 1);
        kept.add(t);
      } else {
        out.add(finding(context, pair.offset() + t.start(), pair.offset() + t.end(),
            "The target has " + t.shown() + ", which its source does not have.", List.of()));
      }
    }
    List<Placeholder> missing = new ArrayList<>();
    for (Placeholder s : source) {
      int left = unmatched.getOrDefault(s.key(), 0);
      if (left > 0) {
        unmatched.put(s.key(), left - 1);
        missing.add(s);
      }
    }
    for (Placeholder s : missing) {
      // a pair of codes lost together is one error: report it at its opening code
      Placeholder partner = missing.stream().filter(p -> p.kind() == Kind.CLOSING
          && s.kind() == Kind.OPENING && p.pairKey().equals(s.pairKey())).findFirst()
          .orElse(null);
      boolean closingOfLostPair = s.kind() == Kind.CLOSING && missing.stream().anyMatch(
          p -> p.kind() == Kind.OPENING && p.pairKey().equals(s.pairKey()));
      if (closingOfLostPair) {
        continue;
      }
      int at = pair.targetEnd();
      out.add(finding(context, at, at, "The source's " + s.shown()
          + (partner == null ? "" : "…" + partner.shown()) + " is missing from the target.",
          List.of()));
    }
    Placeholder misplaced = misnested(kept);
    if (misplaced == null) {
      misplaced = reordered(source, kept);
    }
    if (misplaced != null) {
      out.add(finding(context, pair.offset() + misplaced.start(),
          pair.offset() + misplaced.end(), misplaced.shown() + " is out of order: the "
              + "source has its codes in another order.", List.of()));
    }
  }

  /** The first closing code whose opening one is not open at that point, or null. */
  private static Placeholder misnested(List<Placeholder> codes) {
    Deque<String> open = new ArrayDeque<>();
    for (Placeholder p : codes) {
      if (p.kind() == Kind.OPENING) {
        open.push(p.pairKey());
      } else if (p.kind() == Kind.CLOSING) {
        if (open.isEmpty() || !open.peek().equals(p.pairKey())) {
          return p;
        }
        open.pop();
      }
    }
    return null;
  }

  /** The first printf argument of the target out of the source's order, or null. */
  private static Placeholder reordered(List<Placeholder> source, List<Placeholder> target) {
    List<String> expected = source.stream().filter(Placeholders::orderMatters)
        .map(Placeholder::key).toList();
    List<Placeholder> actual = target.stream().filter(Placeholders::orderMatters).toList();
    if (expected.size() != actual.size()) {
      return null;
    }
    for (int i = 0; i < actual.size(); i++) {
      if (!actual.get(i).key().equals(expected.get(i))) {
        return actual.get(i);
      }
    }
    return null;
  }

  private static boolean mayHavePlaceholders(String text) {
    return text.indexOf('{') >= 0 || text.indexOf('%') >= 0 || text.indexOf('<') >= 0
        || text.indexOf('$') >= 0;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "您有{0}条新消息。", "en-US",
            "You have new messages.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "文件%s已保存。", "en-US",
            "The file was saved.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "欢迎，{{name}}！", "en-US",
            "Welcome, <marker>{{user}}</marker>!"),
        RuleExample.flagsTranslation("zh-CN", "请<b>立即</b>更新。", "en-US",
            "Please update <marker></b></marker>now<b>."),
        RuleExample.flagsTranslation("zh-CN", "已删除%d个文件。", "en-US",
            "Deleted <marker>%s</marker> files."),
        RuleExample.acceptsTranslation("zh-CN", "您有{0}条新消息。", "en-US",
            "You have {0} new messages."),
        RuleExample.acceptsTranslation("zh-CN", "请<b>立即</b>更新。", "en-US",
            "Please update <b>now</b>."),
        RuleExample.acceptsTranslation("zh-CN", "%1$s于%2$s发表了评论。", "en-US",
            "On %2$s, %1$s posted a comment."),
        RuleExample.acceptsTranslation("zh-CN", "增长了5%，达到100%以上。", "en-US",
            "It grew 5% to over 100% of the target."),
        RuleExample.acceptsTranslation("zh-CN", "欢迎，{{name}}！", "en-US",
            "Welcome, {{name}}!"),
        RuleExample.flagsTranslation("en-US", "You have {0} new messages.", "de-DE",
            "Sie haben neue Nachrichten.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "%s uploaded %d files.", "de-DE",
            "<marker>%d</marker> Dateien wurden von %s hochgeladen."),
        RuleExample.flagsTranslation("en-US", "Click <b>Save</b>.", "de-DE",
            "Klicken Sie auf <b>Speichern<marker></i></marker>."),
        RuleExample.flagsTranslation("en-US", "Hello ${user}!", "de-DE",
            "Hallo <marker>${name}</marker>!"),
        RuleExample.flagsTranslation("en-US", "Line one<br/>line two", "de-DE",
            "Zeile eins, Zeile zwei<marker></marker>"),
        RuleExample.acceptsTranslation("en-US", "You have {0} new messages.", "de-DE",
            "Sie haben {0} neue Nachrichten."),
        RuleExample.acceptsTranslation("en-US", "%1$s uploaded %2$d files.", "de-DE",
            "%2$d Dateien wurden von %1$s hochgeladen."),
        RuleExample.acceptsTranslation("en-US", "Click <b>Save</b>.", "de-DE",
            "Klicken Sie auf <b>Speichern</b>."),
        RuleExample.acceptsTranslation("en-US", "Prices rose 5% in May.", "de-DE",
            "Die Preise stiegen im Mai um 5 %."),
        RuleExample.acceptsTranslation("en-US", "Hello ${user}!", "de-DE",
            "Hallo ${user}!"));
  }
}
