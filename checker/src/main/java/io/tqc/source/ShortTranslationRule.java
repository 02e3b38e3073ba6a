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
 * A translation far shorter than its source, for the language pair (see {@link LengthRatios}),
 * or none at all: something was probably left out. Reported as a point at the end of the
 * segment, quoting the source.
 */
public final class ShortTranslationRule extends BuiltinRule {
  public ShortTranslationRule() {
    super("SOURCE_LENGTH_OMISSION", new Category("Accuracy", "Omission"), Severity.NEUTRAL,
        "A translation far shorter than its source: something may be left out");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (LengthOutliers.Outlier outlier : LengthOutliers.of(context)) {
      if (!outlier.tooLong()) {
        String quoted = LengthOutliers.quote(outlier.segment().source());
        out.add(finding(context, outlier.at(), outlier.at(), outlier.targetLetters() == 0
            ? "The source \"" + quoted + "\" has no translation."
            : "The translation has " + outlier.targetLetters() + " letters for "
                + outlier.sourceLetters() + " in its source \"" + quoted
                + "\": far fewer than usual; something may be left out.", List.of()));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "今天北京的天气非常好，我们决定去公园散步，然后一起吃午饭。",
            "en-US", "We went for a walk.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "国家统计局周三公布的数据显示，十月份居民消费价格同比上涨百分之二点一。",
            "en-US", "Prices rose.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "该公司表示，新工厂将于明年投产，预计每年生产五十万辆电动汽车。",
            "en-US", "The company said the new plant will open.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "专家认为，这一政策将有助于稳定房地产市场，并提振消费者信心。",
            "en-US", "—<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "记者从市教育局获悉，今年全市将新建和改扩建中小学幼儿园五十所。",
            "en-US", "Fifty schools.<marker></marker>"),
        RuleExample.acceptsTranslation("zh-CN", "今天北京的天气非常好，我们决定去公园散步，然后一起吃午饭。",
            "en-US", "The weather in Beijing was lovely today, so we decided to go for a walk in "
                + "the park and then have lunch together."),
        RuleExample.acceptsTranslation("zh-CN", "国家统计局周三公布的数据显示，十月份居民消费价格同比上涨百分之二点一。",
            "en-US", "Consumer prices rose 2.1% year on year in October, data from the National "
                + "Bureau of Statistics showed on Wednesday."),
        RuleExample.acceptsTranslation("zh-CN", "该公司表示，新工厂将于明年投产，预计每年生产五十万辆电动汽车。",
            "en-US", "The company said the new plant would start production next year and is "
                + "expected to build 500,000 electric cars a year."),
        RuleExample.acceptsTranslation("zh-CN", "好的。", "en-US", "OK."),
        RuleExample.acceptsTranslation("zh-CN", "新华社北京电", "en-US", "Beijing (Xinhua)"),
        RuleExample.flagsTranslation("en-US", "The meeting of the board starts at nine o'clock "
            + "tomorrow morning in the main hall.", "de-DE", "Die Sitzung beginnt.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Prices for heating oil and petrol rose sharply in "
            + "October, the statistics office said.", "de-DE", "Die Preise stiegen.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Thousands of people gathered in the city centre on "
            + "Saturday to protest against the plans.", "de-DE",
            "Tausende protestierten.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The company expects its sales to grow by ten percent "
            + "next year and the year after.", "de-DE", "…<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Please read the terms and conditions carefully "
            + "before you sign the contract.", "de-DE", "Bitte lesen.<marker></marker>"),
        RuleExample.acceptsTranslation("en-US", "The meeting of the board starts at nine o'clock "
            + "tomorrow morning in the main hall.", "de-DE",
            "Die Sitzung des Vorstands beginnt morgen früh um neun Uhr im Hauptsaal."),
        RuleExample.acceptsTranslation("en-US", "Prices for heating oil and petrol rose sharply in "
            + "October, the statistics office said.", "de-DE",
            "Die Preise für Heizöl und Benzin stiegen im Oktober stark, teilte das Statistikamt "
                + "mit."),
        RuleExample.acceptsTranslation("en-US", "Thousands of people gathered in the city centre on "
            + "Saturday to protest against the plans.", "de-DE",
            "Tausende Menschen versammelten sich am Samstag in der Innenstadt, um gegen die Pläne "
                + "zu protestieren."),
        RuleExample.acceptsTranslation("en-US", "Yes.", "de-DE", "Ja."),
        RuleExample.acceptsTranslation("en-US", "Contact us", "de-DE", "Kontakt"));
  }
}
