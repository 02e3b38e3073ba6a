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
 * A number of the target that differs from the source's: the source has a number the target
 * lacks and the target one the source lacks, so the one was translated as the other (2.3亿 as
 * "2.3 billion" instead of 230 million). Numbers are compared by value, whatever the script,
 * separators or units of scale.
 */
public final class NumberMismatchRule extends BuiltinRule {

  public NumberMismatchRule() {
    super("NUMBER_MISMATCH", Category.MISTRANSLATION, Severity.MAJOR,
        "A number of the target differs from the number of its source");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    String language = lang(context);
    for (NumberComparison.Mismatch m : NumberComparison.of(context).mismatches()) {
      int from = m.pair().offset() + m.target().start();
      int to = m.pair().offset() + m.target().end();
      String expected = NumberText.of(m.source().value(), language);
      out.add(finding(context, from, to, "The source says " + NumberText.quoted(m.source(),
          language) + ", the target “" + m.target().text() + "”.", suggestion(m, expected)));
    }
    return out;
  }

  /** The source's value, when the target wrote its number in plain digits too. */
  private static List<String> suggestion(NumberComparison.Mismatch m, String expected) {
    boolean plain = m.target().text().chars().allMatch(c -> Character.isDigit(c) || c == '.'
        || c == ',' || c == ' ' || c == '\u00A0');
    return plain && m.target().kind() == m.source().kind() ? List.of(expected) : List.of();
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "公司去年营收2.3亿元。", "en-US",
            "The company's revenue last year was <marker>2.3 billion</marker> yuan."),
        RuleExample.flagsTranslation("zh-CN", "该市人口约三千五百万。", "en-US",
            "The city has a population of about <marker>3.5 million</marker>."),
        RuleExample.flagsTranslation("zh-CN", "事故造成12人受伤。", "en-US",
            "The accident injured <marker>21</marker> people."),
        RuleExample.flagsTranslation("zh-CN", "失业率下降到百分之四点二。", "en-US",
            "The unemployment rate fell to <marker>4.5%</marker>."),
        RuleExample.flagsTranslation("zh-CN", "会议于2021年召开。", "en-US",
            "The meeting was held in <marker>2012</marker>."),
        RuleExample.flagsTranslation("zh-CN", "门票价格为1,500元。", "en-US",
            "Tickets cost <marker>15,000</marker> yuan."),
        RuleExample.acceptsTranslation("zh-CN", "公司去年营收2.3亿元。", "en-US",
            "The company's revenue last year was 230 million yuan."),
        RuleExample.acceptsTranslation("zh-CN", "该市人口约三千五百万。", "en-US",
            "The city has a population of about 35 million."),
        RuleExample.acceptsTranslation("zh-CN", "失业率下降到百分之四点二。", "en-US",
            "The unemployment rate fell to 4.2 percent."),
        RuleExample.acceptsTranslation("zh-CN", "两千名志愿者于3月5日参加了活动。", "en-US",
            "Two thousand volunteers took part on March 5."),
        RuleExample.acceptsTranslation("zh-CN", "这款手机售价4999元，比iPhone 15便宜。", "en-US",
            "The phone sells for 4,999 yuan, cheaper than the iPhone 15."),
        RuleExample.acceptsTranslation("zh-CN", "第三季度增长了5%。", "en-US",
            "It grew 5% in the third quarter."),
        RuleExample.flagsTranslation("en-US", "The project cost 1.5 billion euros.", "de-DE",
            "Das Projekt kostete <marker>1,5 Millionen</marker> Euro."),
        RuleExample.flagsTranslation("en-US", "Inflation rose to 4.2% in May.", "de-DE",
            "Die Inflation stieg im Mai auf <marker>2,4 %</marker>."),
        RuleExample.flagsTranslation("en-US", "The stadium holds 45,000 fans.", "de-DE",
            "Das Stadion fasst <marker>54.000</marker> Fans."),
        RuleExample.flagsTranslation("en-US", "The train leaves at 10:45.", "de-DE",
            "Der Zug fährt um 10:<marker>54</marker> ab."),
        RuleExample.flagsTranslation("en-US", "He was born in 1962.", "de-DE",
            "Er wurde <marker>1926</marker> geboren."),
        RuleExample.acceptsTranslation("en-US", "The project cost 1.5 billion euros.", "de-DE",
            "Das Projekt kostete 1,5 Milliarden Euro."),
        RuleExample.acceptsTranslation("en-US", "The stadium holds 45,000 fans.", "de-DE",
            "Das Stadion fasst 45.000 Fans."),
        RuleExample.acceptsTranslation("en-US", "Inflation rose to 4.2 percent on March 5.",
            "de-DE", "Die Inflation stieg am 5. März auf 4,2 Prozent."),
        RuleExample.acceptsTranslation("en-US", "Sales reached $3.2 million.", "de-DE",
            "Der Umsatz erreichte 3,2 Mio. Dollar."),
        RuleExample.acceptsTranslation("en-US", "Three people and 12 dogs were rescued.",
            "de-DE", "Drei Menschen und zwölf Hunde wurden gerettet."),
        RuleExample.acceptsTranslation("en-US", "The bear weighed between 375 and 400 pounds.",
            "de-DE", "Der Bär wog zwischen 170 und 180 Kilogramm."),
        RuleExample.acceptsTranslation("en-US", "It was 95 degrees Fahrenheit, 10 miles away.",
            "de-DE", "Es waren 35 Grad Celsius, 16 Kilometer entfernt."),
        RuleExample.acceptsTranslation("en-US", "The 5G network covers 1 000 towns.", "de-DE",
            "Das 5G-Netz deckt 1000 Orte ab."));
  }
}
