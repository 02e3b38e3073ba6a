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
 * A person or place name of the source that the target renders wrongly: a run of capitalised
 * target words that resembles the name's pinyin or English form without being it ("Pang
 * Yaodian" for 庞尧天, Pang Yaotian). Checks Chinese→English and English→German.
 */
public final class GarbledNameRule extends BuiltinRule {
  public GarbledNameRule() {
    super("SOURCE_NAME_GARBLED", Category.MISTRANSLATION, Severity.MAJOR,
        "A name of the source rendered wrongly in the target");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (NameCarryOver.Problem problem : NameCarryOver.of(context)) {
      if (problem.garbled()) {
        String expected = expected(problem.name());
        out.add(finding(context, problem.from(), problem.to(), "The source's name "
            + problem.name().text() + " is written " + expected + ", not "
            + context.text().substring(problem.from(), problem.to()) + ".", List.of(expected)));
      }
    }
    return out;
  }

  /** The pinyin of a Chinese name (its surname alone for 孙先生), else its English form. */
  static String expected(SourceName name) {
    return name.given().isEmpty() && name.surname().isEmpty() ? name.english().get(0)
        : name.pinyin();
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "北京市民庞尧天说，比赛很精彩。",
            "en-US", "Beijing resident <marker>Pang Yaodian</marker> said the match was great."),
        RuleExample.flagsTranslation("zh-CN", "中共中央政治局委员何立峰出席并发表演讲。",
            "en-US", "Politburo member <marker>He Lifang</marker> attended and gave a speech."),
        RuleExample.flagsTranslation("zh-CN", "国务院总理李强周二表示，将继续扩大开放。",
            "en-US", "Premier <marker>Li Qian</marker> said on Tuesday that China would keep "
                + "opening up."),
        RuleExample.flagsTranslation("zh-CN", "副总理丁薛祥会见了代表团。",
            "en-US", "Vice Premier <marker>Ding Xuexian</marker> met the delegation."),
        RuleExample.flagsTranslation("zh-CN", "记者王凌丽报道。",
            "en-US", "Reported by journalist <marker>Wang Linli</marker>."),
        RuleExample.acceptsTranslation("zh-CN", "北京市民庞尧天说，比赛很精彩。",
            "en-US", "Beijing resident Pang Yaotian said the match was great."),
        RuleExample.acceptsTranslation("zh-CN", "中共中央政治局委员何立峰出席并发表演讲。",
            "en-US", "Politburo member He Lifeng attended and gave a speech."),
        RuleExample.acceptsTranslation("zh-CN", "美国总统拜登周二表示，将继续支持乌克兰。",
            "en-US", "US President Joe Biden said on Tuesday he would keep supporting Ukraine."),
        RuleExample.acceptsTranslation("zh-CN", "特朗普在纽约发表讲话。",
            "en-US", "Trump gave a speech in New York."),
        RuleExample.acceptsTranslation("zh-CN", "王凌丽说，游客越来越多。",
            "en-US", "Wang said more and more tourists were coming."),
        RuleExample.flagsTranslation("en-US", "Chancellor Olaf Scholz met Jacinda Ardern in Paris.",
            "de-DE", "Bundeskanzler Olaf Scholz traf Jacinda <marker>Ardem</marker> in Paris."),
        RuleExample.flagsTranslation("en-US", "The talks were hosted by Volodymyr Zelensky.",
            "de-DE", "Gastgeber der Gespräche war Wolodymyr <marker>Selenski</marker>."),
        RuleExample.flagsTranslation("en-US", "She flew to Kyiv on Monday.",
            "de-DE", "Sie flog am Montag nach <marker>Kyiw</marker>."),
        RuleExample.flagsTranslation("en-US", "The report was written by Anna Schmidt.",
            "de-DE", "Der Bericht wurde von Anna <marker>Schmitt</marker> verfasst."),
        RuleExample.flagsTranslation("en-US", "He spoke with Rishi Sunak yesterday.",
            "de-DE", "Er sprach gestern mit Rishi <marker>Sunack</marker>."),
        RuleExample.acceptsTranslation("en-US", "Chancellor Olaf Scholz met Jacinda Ardern in Paris.",
            "de-DE", "Bundeskanzler Olaf Scholz traf Jacinda Ardern in Paris."),
        RuleExample.acceptsTranslation("en-US", "Merkel's successor was elected in Berlin.",
            "de-DE", "Merkels Nachfolger wurde in Berlin gewählt."),
        RuleExample.acceptsTranslation("en-US", "The White House said nothing.",
            "de-DE", "Das Weiße Haus sagte nichts."),
        RuleExample.acceptsTranslation("en-US", "Sales rose in Europe and Russia.",
            "de-DE", "Der Absatz stieg in Europa und Russland."),
        RuleExample.acceptsTranslation("en-US", "The report was written by Anna Schmidt.",
            "de-DE", "Der Bericht wurde von Anna Schmidt verfasst."));
  }
}
