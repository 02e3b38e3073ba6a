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
 * A token the translation must keep as it is but does not: a link, an e-mail address, a handle
 * or hashtag, or a Latin-script word in a source of another script (a product, an acronym). The
 * finding is empty, at the end of the target segment, and quotes the token.
 */
public final class MissingTokenRule extends BuiltinRule {

  public MissingTokenRule() {
    // neutral: its two findings on the annotated corpora were real omissions that the raters
    // did not mark at the segment's end
    super("MISSING_SOURCE_TOKEN", new Category("Accuracy", "Omission"), Severity.NEUTRAL,
        "A link, address, handle or Latin-script name of the source is missing from the "
            + "target");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (TranslationPair pair : TranslationPairs.of(context)) {
      context.checkDeadline();
      List<String> tokens = CarryOverTokens.of(pair.source());
      if (tokens.isEmpty()) {
        continue;
      }
      String target = CarryOverTokens.normalize(pair.target());
      for (String token : tokens) {
        if (!CarryOverTokens.keeps(target, token)) {
          int at = pair.targetEnd();
          out.add(finding(context, at, at, "The source's “" + token
              + "” is missing from the target.", List.of()));
        }
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "苹果发布了iPhone 15。", "en-US",
            "Apple released its new phone.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "NASA宣布了新计划。", "en-US",
            "The space agency announced a new plan.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "详情请见https://www.example.cn/news。", "en-US",
            "See the website for details.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "请发邮件至info@example.cn。", "en-US",
            "Please send us an e-mail.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "关注@XinhuaNews获取最新消息。", "en-US",
            "Follow Xinhua for the latest news.<marker></marker>"),
        RuleExample.acceptsTranslation("zh-CN", "苹果发布了iPhone 15。", "en-US",
            "Apple released the iPhone 15."),
        RuleExample.acceptsTranslation("zh-CN", "NASA宣布了新计划。", "en-US",
            "NASA announced a new plan."),
        RuleExample.acceptsTranslation("zh-CN", "中国的5G网络覆盖全国。", "en-US",
            "China's 5G network covers the whole country."),
        RuleExample.acceptsTranslation("zh-CN", "他每天跑10km。", "en-US",
            "He runs ten kilometres every day."),
        RuleExample.acceptsTranslation("zh-CN", "话题#世界杯#登上热搜。", "en-US",
            "The topic #WorldCup# trended."),
        RuleExample.acceptsTranslation("zh-CN", "请发邮件至info@example.cn。", "en-US",
            "Please write to info@example.cn."),
        RuleExample.flagsTranslation("en-US", "Visit https://example.com/help for details.",
            "de-DE", "Weitere Informationen finden Sie auf unserer Website.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Write to support@example.com today.", "de-DE",
            "Schreiben Sie uns noch heute.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Follow @tqc_news for updates.", "de-DE",
            "Folgen Sie uns für Neuigkeiten.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Join the debate with #climate2030.", "de-DE",
            "Diskutieren Sie mit.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "See www.example.org/faq.", "de-DE",
            "Siehe www.example.org.<marker></marker>"),
        RuleExample.acceptsTranslation("en-US", "Visit https://example.com/help for details.",
            "de-DE", "Weitere Informationen unter https://example.com/help."),
        RuleExample.acceptsTranslation("en-US", "Follow @tqc_news for updates.", "de-DE",
            "Folgen Sie @tqc_news für Neuigkeiten."),
        RuleExample.acceptsTranslation("en-US", "NASA launched the rocket.", "de-DE",
            "Die Raumfahrtbehörde startete die Rakete."),
        RuleExample.acceptsTranslation("en-US", "Join the debate with #climate2030.", "de-DE",
            "Diskutieren Sie mit unter #climate2030."),
        RuleExample.acceptsTranslation("en-US", "Write to support@example.com today.",
            "de-DE", "Schreiben Sie noch heute an support@example.com."));
  }
}
