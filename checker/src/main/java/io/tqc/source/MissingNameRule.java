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
 * A person or place name of the source that the target does not render at all, not even
 * garbled: reported where the target segment ends (a zero-length finding), quoting the name.
 * Checks Chinese→English and English→German.
 */
public final class MissingNameRule extends BuiltinRule {
  public MissingNameRule() {
    super("SOURCE_NAME_MISSING", new Category("Accuracy", "Omission"), Severity.NEUTRAL,
        "A name of the source missing from the target");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (NameCarryOver.Problem problem : NameCarryOver.of(context)) {
      if (!problem.garbled()) {
        out.add(finding(context, problem.from(), problem.to(), "The source's name "
            + problem.name().text() + " (" + GarbledNameRule.expected(problem.name())
            + ") is not in the target.", List.of()));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "北京市民庞尧天说，比赛很精彩。",
            "en-US", "A Beijing resident said the match was great.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "中共中央政治局委员何立峰出席并发表演讲。",
            "en-US", "A Politburo member attended and gave a speech.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "美国总统拜登周二表示，将继续支持乌克兰。",
            "en-US", "The US President said on Tuesday he would keep supporting "
                + "Ukraine.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "副总理丁薛祥会见了代表团。",
            "en-US", "The Vice Premier met the delegation.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "记者王凌丽报道。",
            "en-US", "Reported by our journalist.<marker></marker>"),
        RuleExample.acceptsTranslation("zh-CN", "北京市民庞尧天说，比赛很精彩。",
            "en-US", "Beijing resident Pang Yaotian said the match was great."),
        RuleExample.acceptsTranslation("zh-CN", "代表团参观了浙江大学。",
            "en-US", "The delegation visited Zhejiang University."),
        RuleExample.acceptsTranslation("zh-CN", "特朗普在纽约发表讲话。",
            "en-US", "Trump gave a speech in New York."),
        RuleExample.acceptsTranslation("zh-CN", "王凌丽说，游客越来越多。",
            "en-US", "Ms. Wang said more and more tourists were coming."),
        RuleExample.acceptsTranslation("zh-CN", "今天天气很好。",
            "en-US", "The weather is fine today."),
        RuleExample.flagsTranslation("en-US", "Chancellor Olaf Scholz met Jacinda Ardern in Paris.",
            "de-DE", "Bundeskanzler Olaf Scholz traf den französischen Präsidenten in "
                + "Paris.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The talks were hosted by Zelensky.",
            "de-DE", "Gastgeber der Gespräche war der Präsident.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "She flew to Kyiv on Monday.",
            "de-DE", "Sie flog am Montag in die Hauptstadt.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The report was written by Anna Schmidt.",
            "de-DE", "Der Bericht wurde von einer Mitarbeiterin verfasst.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "He spoke with Sunak yesterday.",
            "de-DE", "Er sprach gestern mit dem Premierminister.<marker></marker>"),
        RuleExample.acceptsTranslation("en-US", "Chancellor Olaf Scholz met Jacinda Ardern in Paris.",
            "de-DE", "Bundeskanzler Olaf Scholz traf Jacinda Ardern in Paris."),
        RuleExample.acceptsTranslation("en-US", "Merkel's successor was elected in Berlin.",
            "de-DE", "Merkels Nachfolger wurde in Berlin gewählt."),
        RuleExample.acceptsTranslation("en-US", "The White House said nothing.",
            "de-DE", "Das Weiße Haus sagte nichts."),
        RuleExample.acceptsTranslation("en-US", "Sales rose in Europe and Russia.",
            "de-DE", "Der Absatz stieg in Europa und Russland."),
        RuleExample.acceptsTranslation("en-US", "The meeting starts at nine o'clock.",
            "de-DE", "Die Sitzung beginnt um neun Uhr."));
  }
}
