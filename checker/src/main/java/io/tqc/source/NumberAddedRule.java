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
 * A number in the target of a segment whose source has no number in any form: a number the
 * translation made up. Years and small numbers are left alone, as are segments whose source
 * has any number word at all, which the target may render in digits.
 */
public final class NumberAddedRule extends BuiltinRule {

  public NumberAddedRule() {
    super("NUMBER_ADDED", new Category("Accuracy", "Addition"), Severity.MAJOR,
        "A number in the target that its source does not have");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (NumberComparison.Added a : NumberComparison.of(context).added()) {
      int from = a.pair().offset() + a.target().start();
      int to = a.pair().offset() + a.target().end();
      out.add(finding(context, from, to, "The source has no number, the target “"
          + a.target().text() + "”.", List.of()));
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "事故造成多人受伤。", "en-US",
            "The accident injured <marker>35</marker> people."),
        RuleExample.flagsTranslation("zh-CN", "公司营收大幅增长。", "en-US",
            "The company's revenue rose by <marker>12%</marker>."),
        RuleExample.flagsTranslation("zh-CN", "他们签署了协议。", "en-US",
            "They signed <marker>4</marker> agreements."),
        RuleExample.flagsTranslation("zh-CN", "政府将投入巨资。", "en-US",
            "The government will invest <marker>5 billion</marker> yuan."),
        RuleExample.flagsTranslation("zh-CN", "比赛吸引了大批观众。", "en-US",
            "The match drew <marker>80,000</marker> spectators."),
        RuleExample.acceptsTranslation("zh-CN", "事故造成三人受伤。", "en-US",
            "The accident injured 3 people."),
        RuleExample.acceptsTranslation("zh-CN", "他们签署了协议。", "en-US",
            "They signed an agreement in 2023."),
        RuleExample.acceptsTranslation("zh-CN", "公司营收大幅增长。", "en-US",
            "The company's revenue rose sharply."),
        RuleExample.acceptsTranslation("zh-CN", "新冠疫情期间，G20峰会推迟。", "en-US",
            "During the COVID-19 pandemic, the G20 summit was postponed."),
        RuleExample.acceptsTranslation("zh-CN", "请访问www.example.com/2023了解详情。", "en-US",
            "Visit www.example.com/2023 for details."),
        RuleExample.flagsTranslation("en-US", "Many people were injured.", "de-DE",
            "<marker>35</marker> Menschen wurden verletzt."),
        RuleExample.flagsTranslation("en-US", "Prices rose sharply.", "de-DE",
            "Die Preise stiegen um <marker>12 %</marker>."),
        RuleExample.flagsTranslation("en-US", "The government will invest heavily.", "de-DE",
            "Die Regierung wird <marker>5 Mrd.</marker> Euro investieren."),
        RuleExample.flagsTranslation("en-US", "The match drew a large crowd.", "de-DE",
            "Das Spiel zog <marker>80.000</marker> Zuschauer an."),
        RuleExample.flagsTranslation("en-US", "They signed agreements.", "de-DE",
            "Sie unterzeichneten <marker>4</marker> Abkommen."),
        RuleExample.acceptsTranslation("en-US", "Three people were injured.", "de-DE",
            "3 Menschen wurden verletzt."),
        RuleExample.acceptsTranslation("en-US", "Prices rose sharply.", "de-DE",
            "Die Preise stiegen stark."),
        RuleExample.acceptsTranslation("en-US", "Download the MP3 file.", "de-DE",
            "Laden Sie die MP3-Datei herunter."),
        RuleExample.acceptsTranslation("en-US", "The law was passed last year.", "de-DE",
            "Das Gesetz wurde 2023 verabschiedet."),
        RuleExample.acceptsTranslation("en-US", "A dozen people came.", "de-DE",
            "Ein Mann kam am 1. Tag."));
  }
}
