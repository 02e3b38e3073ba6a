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

/**
 * A false friend: the source has a word and the target its look-alike that means something else
 * ("actual" rendered as "aktuell"), from LanguageTool's false-friend list. A target that also
 * has one of the word's right translations is left alone. Style advice: many of the list's
 * look-alikes are also right translations.
 */
public final class FalseFriendRule extends BuiltinRule {

  public FalseFriendRule() {
    // neutral: on the English→German corpora one finding in six was right ("Star", "lokale"
    // and "Pass" are right translations far more often than false friends)
    super("FALSE_FRIEND", Category.MISTRANSLATION, Severity.NEUTRAL,
        "A word of the source translated as a look-alike that means something else");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> out = new ArrayList<>();
    for (TranslationPair pair : TranslationPairs.of(context)) {
      context.checkDeadline();
      if (pair.sourceLanguage().isEmpty() || pair.sourceLanguage().equals(pair.targetLanguage())) {
        continue;
      }
      for (FalseFriend friend : FalseFriendList.of(pair.sourceLanguage(),
          pair.targetLanguage())) {
        Matcher word = friend.targetWord().matcher(pair.target());
        if (!word.find() || !friend.sourceWord().matcher(pair.source()).find()) {
          continue;
        }
        if (friend.translations().stream()
            .anyMatch(t -> FalseFriendList.hasWords(pair.target(), t))) {
          continue;
        }
        Matcher source = friend.sourceWord().matcher(pair.source());
        source.find();
        out.add(finding(context, pair.offset() + word.start(), pair.offset() + word.end(),
            "“" + word.group() + "” is a false friend of the source's “" + source.group()
                + "”" + (friend.translations().isEmpty() ? "." : ", which means “"
                + String.join("”, “", friend.translations()) + "”."),
            friend.translations()));
      }
    }
    return out;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("en-US", "The actual costs were much higher.", "de-DE",
            "Die <marker>aktuellen</marker> Kosten waren viel höher."),
        RuleExample.flagsTranslation("en-US", "He wants to become a doctor.", "de-DE",
            "Er will einen Arzt <marker>bekommen</marker>."),
        RuleExample.flagsTranslation("en-US", "The company's chef cooked for us.", "de-DE",
            "Der <marker>Chef</marker> des Unternehmens kochte für uns."),
        RuleExample.flagsTranslation("en-US", "He eventually agreed.", "de-DE",
            "Er stimmte <marker>eventuell</marker> zu."),
        RuleExample.flagsTranslation("en-US", "She is a sensible woman.", "de-DE",
            "Sie ist eine <marker>sensible</marker> Frau."),
        RuleExample.acceptsTranslation("en-US", "The actual costs were much higher.", "de-DE",
            "Die tatsächlichen Kosten waren viel höher."),
        RuleExample.acceptsTranslation("en-US", "He wants to become a doctor.", "de-DE",
            "Er will Arzt werden."),
        RuleExample.acceptsTranslation("en-US", "Current prices are high.", "de-DE",
            "Die aktuellen Preise sind hoch."),
        RuleExample.acceptsTranslation("en-US", "The boss was angry.", "de-DE",
            "Der Chef war wütend."),
        RuleExample.acceptsTranslation("en-US", "He eventually agreed.", "de-DE",
            "Er stimmte schließlich zu."),
        // LanguageTool's list has no Chinese: from Chinese the rule finds nothing
        RuleExample.acceptsTranslation("zh-CN", "实际成本要高得多。", "en-US",
            "The actual costs were much higher."),
        RuleExample.acceptsTranslation("zh-CN", "他想成为一名医生。", "en-US",
            "He wants to become a doctor."),
        RuleExample.acceptsTranslation("zh-CN", "老板很生气。", "en-US", "The boss was angry."),
        RuleExample.acceptsTranslation("zh-CN", "他最终同意了。", "en-US",
            "He eventually agreed."),
        RuleExample.acceptsTranslation("zh-CN", "她是一个明智的女人。", "en-US",
            "She is a sensible woman."),
        RuleExample.flagsTranslation("de-DE", "Das ist eventuell richtig.", "en-US",
            "That is <marker>eventually</marker> right."),
        RuleExample.flagsTranslation("de-DE", "Der Chef kam spät.", "en-US",
            "The <marker>chef</marker> came late."),
        RuleExample.flagsTranslation("de-DE", "Sie bekommt ein Geschenk.", "en-US",
            "She <marker>becomes</marker> a present."),
        RuleExample.flagsTranslation("de-DE", "Die aktuelle Lage ist ernst.", "en-US",
            "The <marker>actual</marker> situation is serious."),
        RuleExample.flagsTranslation("de-DE", "Er ist sehr sensibel.", "en-US",
            "He is very <marker>sensible</marker>."),
        RuleExample.acceptsTranslation("de-DE", "Das ist eventuell richtig.", "en-US",
            "That is possibly right."),
        RuleExample.acceptsTranslation("de-DE", "Der Chef kam spät.", "en-US",
            "The boss came late."),
        RuleExample.acceptsTranslation("de-DE", "Sie bekommt ein Geschenk.", "en-US",
            "She gets a present."),
        RuleExample.acceptsTranslation("de-DE", "Die aktuelle Lage ist ernst.", "en-US",
            "The current situation is serious."),
        RuleExample.acceptsTranslation("de-DE", "Er ist sehr sensibel.", "en-US",
            "He is very sensitive."));
  }
}
