package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Letters of a script the target language is not written in (Han, Kana, Hangul, Cyrillic,
 * Arabic ... in an English or German article): source text MT left untranslated.
 */
public final class UntranslatedScriptRule extends BuiltinRule {
  /** Languages written in Latin script, the only ones the rule knows a foreign script for. */
  private static final Set<String> LATIN_LANGUAGES = Set.of("en", "de", "fr", "es", "pt", "it",
      "nl", "pl", "ca", "da", "sv", "ro", "sk", "sl", "gl", "eo", "br", "ast", "tl");
  /** A lone Greek letter is a symbol in Latin text (α, μm), not an untranslated word. */
  private static final int MIN_GREEK_LETTERS = 2;

  public UntranslatedScriptRule() {
    super("UNTRANSLATED_SCRIPT", Category.UNTRANSLATED, Severity.MAJOR,
        "Text in a script the target language does not use",
        languageCode -> LATIN_LANGUAGES.contains(LanguageCodes.base(languageCode)));
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String text = context.text();
    List<Finding> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      context.checkDeadline();
      int cp = text.codePointAt(i);
      UnicodeScript script = foreign(cp);
      if (script == null) {
        i += Character.charCount(cp);
        continue;
      }
      int from = i;
      int to = i + Character.charCount(cp);
      int letters = 1;
      int j = to;
      // The run goes on across spaces and punctuation as long as the same script follows.
      while (j < text.length()) {
        context.checkDeadline();
        int next = text.codePointAt(j);
        UnicodeScript nextScript = foreign(next);
        if (nextScript == script) {
          letters++;
          j += Character.charCount(next);
          to = j;
        } else if (nextScript == null && !Character.isLetterOrDigit(next) && next != '\n') {
          j += Character.charCount(next);
        } else {
          break;
        }
      }
      if (script != UnicodeScript.GREEK || letters >= MIN_GREEK_LETTERS) {
        out.add(finding(context, from, to,
            "Text in " + name(script) + " script: it may be left untranslated.", List.of()));
      }
      i = to;
    }
    return out;
  }

  /** The script of a letter that is not Latin, or null. */
  private static UnicodeScript foreign(int cp) {
    if (!Character.isLetter(cp)) {
      return null;
    }
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.LATIN || script == UnicodeScript.COMMON
        || script == UnicodeScript.INHERITED ? null : script;
  }

  private static String name(UnicodeScript script) {
    String lower = script.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flags("en-US", "The blogger <marker>芳芳一人食</marker> posted a video."),
        RuleExample.flags("en-US", "He wrote @<marker>芳芳 一人食</marker> on Weibo."),
        RuleExample.flags("en-US", "The word <marker>спасибо</marker> means thanks."),
        RuleExample.flags("en-US", "The brand <marker>カタカナ</marker> is new."),
        RuleExample.flags("en-US", "She said <marker>안녕하세요</marker> to everyone."),
        RuleExample.flags("de-DE", "Die Marke <marker>小米</marker> wächst schnell."),
        RuleExample.flags("fr", "Le mot <marker>Москва</marker> désigne la capitale."),
        RuleExample.accepts("en-US", "The blogger posted a video."),
        RuleExample.accepts("en-US", "The α-synuclein protein was measured in μm."),
        RuleExample.accepts("en-US", "Café, naïve and Zürich are Latin words."),
        RuleExample.accepts("en-US", "Prices rose 5% to €20 — a record."),
        RuleExample.accepts("en-US", "Łódź and Kraków are Polish cities."),
        RuleExample.accepts("de-DE", "Die Straße in München ist groß."),
        RuleExample.accepts("fr", "L'été à Montréal est chaud."));
  }
}
