package io.tqc.source;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.rules.BuiltinRule;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A third-person pronoun of the wrong gender: the source refers to a woman only (她, she/her)
 * and the target only to a man (he/him/his, er/ihn/ihm), or, from Chinese, the other way round.
 * Only a clear contradiction counts: a segment whose source or target has pronouns of both
 * genders is left alone, and a German target with any sie/ihr (also "they", "you", "their") too.
 */
public final class PronounGenderRule extends BuiltinRule {
  /** 她 and 他 as singular pronouns: not 她们/他们, nor 其他 (other), 吉他 (guitar) ... */
  private static final Pattern ZH_SHE = Pattern.compile("她(?!们)");
  private static final Pattern ZH_HE = Pattern.compile("(?<![其吉利排])他(?![们人国乡杀者])");
  private static final Pattern EN_SHE = Pattern.compile("(?i)\\b(?:she|her|hers|herself)\\b");
  private static final Pattern EN_HE = Pattern.compile("(?i)\\b(?:he|him|his|himself)\\b");
  private static final Pattern DE_SHE = Pattern.compile(
      "(?i)\\b(?:sie|ihr|ihre|ihren|ihrem|ihrer|ihres)\\b");
  private static final Pattern DE_HE = Pattern.compile("\\b(?:[Ee]r|ihn|ihm)\\b");

  public PronounGenderRule() {
    super("PRONOUN_GENDER", Category.MISTRANSLATION, Severity.MINOR,
        "A pronoun of the target has the other gender than the source's");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (TranslationPair pair : TranslationPairs.of(context)) {
      context.checkDeadline();
      Pattern sourceShe;
      Pattern sourceHe;
      if (pair.sourceLanguage().equals("zh")) {
        sourceShe = ZH_SHE;
        sourceHe = ZH_HE;
      } else if (pair.sourceLanguage().equals("en")) {
        sourceShe = EN_SHE;
        sourceHe = EN_HE;
      } else {
        continue;
      }
      boolean she = sourceShe.matcher(pair.source()).find();
      boolean he = sourceHe.matcher(pair.source()).find();
      if (she == he) {
        continue;
      }
      Pattern targetShe;
      Pattern targetHe;
      if (pair.targetLanguage().equals("en")) {
        targetShe = EN_SHE;
        targetHe = EN_HE;
      } else if (pair.targetLanguage().equals("de") && she) {
        targetShe = DE_SHE;
        targetHe = DE_HE;
      } else {
        continue;
      }
      Pattern expected = she ? targetShe : targetHe;
      Pattern contrary = she ? targetHe : targetShe;
      Matcher wrong = contrary.matcher(pair.target());
      if (!expected.matcher(pair.target()).find() && wrong.find()) {
        out.add(finding(context, pair.offset() + wrong.start(), pair.offset() + wrong.end(),
            "The source speaks of " + (she ? "a woman" : "a man") + ", the target says “"
                + wrong.group() + "”.", List.of()));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "她昨天去了北京。", "en-US",
            "<marker>He</marker> went to Beijing yesterday."),
        RuleExample.flagsTranslation("zh-CN", "我们都很想念她。", "en-US",
            "We all miss <marker>him</marker> very much."),
        RuleExample.flagsTranslation("zh-CN", "她的书很受欢迎。", "en-US",
            "<marker>His</marker> book is very popular."),
        RuleExample.flagsTranslation("zh-CN", "他说明天会下雨。", "en-US",
            "<marker>She</marker> said it would rain tomorrow."),
        RuleExample.flagsTranslation("zh-CN", "警方找到了他的汽车。", "en-US",
            "The police found <marker>her</marker> car."),
        RuleExample.acceptsTranslation("zh-CN", "她昨天去了北京。", "en-US",
            "She went to Beijing yesterday."),
        RuleExample.acceptsTranslation("zh-CN", "她和他一起工作。", "en-US",
            "He and she work together."),
        RuleExample.acceptsTranslation("zh-CN", "其他人都走了，她留了下来。", "en-US",
            "The others left, but she stayed."),
        RuleExample.acceptsTranslation("zh-CN", "他们说她的丈夫很忙。", "en-US",
            "They say her husband is busy; he works late."),
        RuleExample.acceptsTranslation("zh-CN", "他弹吉他。", "en-US",
            "He plays the guitar."),
        RuleExample.flagsTranslation("en-US", "She went to Berlin yesterday.", "de-DE",
            "<marker>Er</marker> fuhr gestern nach Berlin."),
        RuleExample.flagsTranslation("en-US", "We all miss her very much.", "de-DE",
            "Wir alle vermissen <marker>ihn</marker> sehr."),
        RuleExample.flagsTranslation("en-US", "The police spoke to her.", "de-DE",
            "Die Polizei sprach mit <marker>ihm</marker>."),
        RuleExample.flagsTranslation("en-US", "Yesterday she won the race.", "de-DE",
            "Gestern gewann <marker>er</marker> das Rennen."),
        RuleExample.flagsTranslation("en-US", "Nobody believed her.", "de-DE",
            "Niemand glaubte <marker>ihm</marker>."),
        RuleExample.acceptsTranslation("en-US", "She went to Berlin yesterday.", "de-DE",
            "Sie fuhr gestern nach Berlin."),
        RuleExample.acceptsTranslation("en-US", "Her plan failed because it was flawed.",
            "de-DE", "Ihr Plan scheiterte, weil er fehlerhaft war."),
        RuleExample.acceptsTranslation("en-US", "He went to Berlin yesterday.", "de-DE",
            "Sie fuhren gestern nach Berlin."),
        RuleExample.acceptsTranslation("en-US", "She thanked him.", "de-DE",
            "Sie dankte ihm."),
        RuleExample.acceptsTranslation("en-US", "The report was late.", "de-DE",
            "Er kam zu spät."));
  }
}
