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
 * A translation far longer than its source, for the language pair (see {@link LengthRatios}):
 * something was probably added, or the segment holds the translation of its neighbour too.
 * Reported as a point at the end of the segment.
 */
public final class LongTranslationRule extends BuiltinRule {
  public LongTranslationRule() {
    super("SOURCE_LENGTH_ADDITION", new Category("Accuracy", "Addition"), Severity.NEUTRAL,
        "A translation far longer than its source: something may be added");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (LengthOutliers.Outlier outlier : LengthOutliers.of(context)) {
      if (outlier.tooLong()) {
        out.add(finding(context, outlier.at(), outlier.at(), "The translation has "
            + outlier.targetLetters() + " letters for " + outlier.sourceLetters()
            + " in its source \"" + LengthOutliers.quote(outlier.segment().source())
            + "\": far more than usual; something may be added.", List.of()));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    String added = " The city is also known for its many parks, its famous university, its "
        + "busy harbour and the old market square, which attracts thousands of visitors "
        + "every summer from all over the country and abroad.";
    String hinzu = " Die Stadt ist außerdem für ihre vielen Parks, ihre berühmte Universität, "
        + "ihren geschäftigen Hafen und den alten Marktplatz bekannt, der jeden Sommer "
        + "Tausende Besucher aus dem ganzen Land anzieht.";
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "今天北京的天气非常好，所以我们决定去公园散步。",
            "en-US", "The weather in Beijing was lovely today, so we went for a walk in the "
                + "park." + added + "<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "今年十月份全国居民消费价格同比上涨百分之二点一。",
            "en-US", "Consumer prices rose 2.1% in October." + added + "<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "新工厂将于明年投产，预计每年生产五十万辆汽车。",
            "en-US", "The new plant will open next year and build 500,000 cars a year." + added
                + "<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "这一政策将有助于稳定房地产市场和消费者信心。",
            "en-US", "The policy will help to stabilise the property market." + added
                + "<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "今年全市将新建和改扩建中小学幼儿园五十所。",
            "en-US", "The city will build or expand fifty schools this year." + added
                + "<marker></marker>"),
        RuleExample.acceptsTranslation("zh-CN", "今天北京的天气非常好，所以我们决定去公园散步。",
            "en-US", "The weather in Beijing was lovely today, so we decided to go for a walk "
                + "in the park."),
        RuleExample.acceptsTranslation("zh-CN", "今年十月份全国居民消费价格同比上涨百分之二点一。",
            "en-US", "Consumer prices rose 2.1% year on year in October."),
        RuleExample.acceptsTranslation("zh-CN", "新工厂将于明年投产，预计每年生产五十万辆汽车。",
            "en-US", "The new plant will start production next year and is expected to build "
                + "500,000 cars a year."),
        RuleExample.acceptsTranslation("zh-CN", "好。", "en-US", "All right, that is fine."),
        RuleExample.acceptsTranslation("zh-CN", "新华社北京电", "en-US",
            "Beijing, Xinhua News Agency report"),
        RuleExample.flagsTranslation("en-US", "The meeting of the board starts at nine o'clock tomorrow morning.",
            "de-DE", "Die Sitzung des Vorstands beginnt morgen früh um neun Uhr." + hinzu + "<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Prices for heating oil and petrol rose very sharply in October.",
            "de-DE", "Die Preise für Heizöl und Benzin stiegen im Oktober stark." + hinzu + "<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Thousands of people gathered in the city centre on Saturday.",
            "de-DE", "Tausende Menschen versammelten sich am Samstag in der Innenstadt." + hinzu
                + "<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The company expects its sales to grow very strongly next year.",
            "de-DE", "Das Unternehmen erwartet im nächsten Jahr stark steigende Umsätze." + hinzu + "<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Please read the terms and conditions carefully before signing.",
            "de-DE", "Bitte lesen Sie die Bedingungen vor der Unterschrift sorgfältig." + hinzu + "<marker></marker>"),
        RuleExample.acceptsTranslation("en-US", "The meeting of the board starts at nine o'clock tomorrow morning.",
            "de-DE", "Die Sitzung des Vorstands beginnt morgen früh um neun Uhr."),
        RuleExample.acceptsTranslation("en-US", "Prices for heating oil and petrol rose very sharply in October.",
            "de-DE", "Die Preise für Heizöl und Benzin stiegen im Oktober stark."),
        RuleExample.acceptsTranslation("en-US", "Thousands of people gathered in the city centre on Saturday.",
            "de-DE", "Tausende Menschen versammelten sich am Samstag in der Innenstadt."),
        RuleExample.acceptsTranslation("en-US", "OK", "de-DE", "Einverstanden, das geht in Ordnung."),
        RuleExample.acceptsTranslation("en-US", "Please read the terms and conditions carefully before signing.",
            "de-DE", "Bitte lesen Sie die Geschäftsbedingungen vor der Unterschrift sorgfältig durch."));
  }
}
