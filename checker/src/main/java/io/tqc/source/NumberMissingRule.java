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
 * A number of the source with nothing of its value in the target, and no other number the
 * target put in its place. The finding is empty, at the end of the target segment, and its
 * message quotes the source's number: marking the whole segment would mark mostly correct text.
 * Years, ordinals, number words and "1" are not required: translations rightly drop or reword
 * them.
 */
public final class NumberMissingRule extends BuiltinRule {

  public NumberMissingRule() {
    // neutral: on the annotated corpora the raters marked the end of the segment for three in
    // ten of these, although most were real omissions (a truncated translation, a dropped
    // figure): the empty finding is a pointer for the reviewer, not a counted error
    super("NUMBER_MISSING", new Category("Accuracy", "Omission"), Severity.NEUTRAL,
        "A number of the source is missing from the target");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    String language = lang(context);
    for (NumberComparison.Missing m : NumberComparison.of(context).missing()) {
      int at = m.pair().targetEnd();
      out.add(finding(context, at, at, "The source's number " + NumberText.quoted(m.source(),
          language) + " is missing from the target.", List.of()));
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "公司去年营收2.3亿元。", "en-US",
            "The company's revenue rose last year.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "事故造成12人受伤。", "en-US",
            "The accident injured many people.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "失业率下降到百分之四点二。", "en-US",
            "The unemployment rate fell.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "该市有三千五百万居民。", "en-US",
            "The city has millions of residents.<marker></marker>"),
        RuleExample.flagsTranslation("zh-CN", "活动吸引了3000名观众。", "en-US",
            "The event drew a large audience.<marker></marker>"),
        RuleExample.acceptsTranslation("zh-CN", "事故造成12人受伤。", "en-US",
            "Twelve people were injured in the accident."),
        RuleExample.acceptsTranslation("zh-CN", "一名男子在2023年被捕。", "en-US",
            "A man was arrested."),
        RuleExample.acceptsTranslation("zh-CN", "两千名志愿者参加了活动。", "en-US",
            "Two thousand volunteers took part."),
        RuleExample.acceptsTranslation("zh-CN", "第一，我们要加强合作。", "en-US",
            "First, we must strengthen cooperation."),
        RuleExample.acceptsTranslation("zh-CN", "上世纪90年代，他搬到了上海。", "en-US",
            "In the 1990s, he moved to Shanghai."),
        RuleExample.flagsTranslation("en-US", "Police arrested 15 people.", "de-DE",
            "Die Polizei nahm mehrere Menschen fest.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The company employs 2,500 workers.", "de-DE",
            "Das Unternehmen beschäftigt viele Arbeiter.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "Prices rose by 4.5% last year.", "de-DE",
            "Die Preise stiegen im letzten Jahr.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The deal is worth $3 billion.", "de-DE",
            "Der Deal ist viel wert.<marker></marker>"),
        RuleExample.flagsTranslation("en-US", "The shop opens at 9:30 on Monday.", "de-DE",
            "Der Laden öffnet am Montag um 9 Uhr.<marker></marker>"),
        RuleExample.acceptsTranslation("en-US", "Police arrested 15 people.", "de-DE",
            "Die Polizei nahm fünfzehn Menschen fest."),
        RuleExample.acceptsTranslation("en-US", "The company employs 2,500 workers.", "de-DE",
            "Das Unternehmen beschäftigt 2500 Arbeiter."),
        RuleExample.acceptsTranslation("en-US", "He was the first to arrive in 2019.", "de-DE",
            "Er kam als Erster an."),
        RuleExample.acceptsTranslation("en-US", "One man was arrested.", "de-DE",
            "Ein Mann wurde festgenommen."),
        RuleExample.acceptsTranslation("en-US", "The deal is worth $3 billion.", "de-DE",
            "Der Deal ist drei Milliarden Dollar wert."));
  }
}
