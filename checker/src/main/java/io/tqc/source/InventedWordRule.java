package io.tqc.source;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.NameEndings;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.read.TextIndex;
import io.tqc.rules.BuiltinRule;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.languagetool.Language;

/**
 * A word of the target that the spell checker does not know and that does not come from the
 * source: neither a word of the language nor a name carried over, so the translation made it up
 * ("Geldverteilungsschenden", "bipartisanerwählung"). On its own a spelling alarm cannot tell
 * such a word from a name the dictionary lacks, and in news most alarms are names; the source
 * tells them apart. A word counts as carried over when the source segment has it, also with or
 * without a name's case ending ("NBCs" for NBC's, "Menga" for Menga's), or as the part of a
 * name after its apostrophe ("Hagan" for O'Hagan). Left alone too: a compound of two known
 * words that the dictionary lacks ("Privilegienkampf"), a hyphenated compound whose every part
 * is a known word or carried over ("Naira-Noten"), and the spellings of another variant of the
 * language ("kilometres" to an American speller).
 *
 * <p>Only words in the script the source is written in are judged (English→German, not
 * Chinese→English or English→Russian): in another script nothing is carried over as written,
 * names are transliterated, and the source cannot tell a name from a made-up word; what is left
 * is a plain spelling alarm, which LanguageTool's speller already reports.
 */
public final class InventedWordRule extends BuiltinRule {
  private static final Pattern HYPHEN = Pattern.compile("[-\u2010]");
  private static final Pattern APOSTROPHE = Pattern.compile("['\u2019]");

  public InventedWordRule() {
    super("INVENTED_WORD", new Category("Fluency", "Spelling"), Severity.MINOR,
        "A word that is neither in the dictionary nor carried over from the source");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<TranslationPair> pairs = TranslationPairs.of(context);
    if (pairs.isEmpty()) {
      return List.of();
    }
    List<Finding> alarms = context.languageToolFindings().stream()
        .filter(Finding::isSpellingAlarm).sorted(Comparator.comparingInt(Finding::start))
        .toList();
    TextIndex index = context.document().index();
    List<Finding> out = new ArrayList<>();
    int next = 0;
    SourceWords source = null;
    // both in document order: one pass over the alarms and the segments
    for (Finding alarm : alarms) {
      context.checkDeadline();
      int from = index.toUtf16(alarm.start());
      int to = index.toUtf16(alarm.end());
      while (next < pairs.size() && pairs.get(next).end() < to) {
        next++;
        source = null;
      }
      if (next == pairs.size()) {
        break;
      }
      TranslationPair pair = pairs.get(next);
      if (from < pair.offset()) {
        continue;
      }
      if (source == null) {
        source = new SourceWords(pair.source());
      }
      if (invented(alarm.text(), source, context.language())) {
        out.add(finding(context, from, to, "“" + alarm.text() + "” is neither a word the "
            + "dictionary knows nor taken from the source: a garbled or made-up word.",
            alarm.suggestions()));
      }
    }
    return out;
  }

  private static boolean invented(String word, SourceWords source, Language language) {
    if (!source.sharesScript(word) || source.carriesOver(word) || Spellers.knows(language, word)
        || Compounds.ofKnownWords(language, word)) {
      return false;
    }
    String[] parts = HYPHEN.split(word);
    if (parts.length < 2) {
      return true;
    }
    for (String part : parts) {
      if (!part.isEmpty() && !source.carriesOver(part) && !Spellers.knows(language, part)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The words of one source segment, in the form {@link LatinWords#key} compares, with and
   * without the endings names take.
   */
  private static final class SourceWords {
    private final Set<String> keys = new HashSet<>();
    private final UnicodeScript script;

    SourceWords(String source) {
      script = LanguageResolver.dominantScript(source);
      for (LatinWords.Word word : LatinWords.of(source)) {
        keys.add(word.key());
        NameEndings.stems(word.text()).forEach(stem -> keys.add(LatinWords.key(stem)));
        // a speller splits "O'Hagan" and "Q'orianka" at the apostrophe and flags the rest
        for (String part : APOSTROPHE.split(word.text())) {
          keys.add(LatinWords.key(part));
        }
      }
    }

    /** Whether the word is in the script the source is written in. */
    boolean sharesScript(String word) {
      return UnicodeScript.of(word.codePointAt(0)) == script;
    }

    boolean carriesOver(String word) {
      if (keys.contains(LatinWords.key(word))) {
        return true;
      }
      for (String stem : NameEndings.stems(word)) {
        if (keys.contains(LatinWords.key(stem))) {
          return true;
        }
      }
      return false;
    }
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("en-US", "The money distribution centres were closed.",
            "de-DE", "Die <marker>Geldverteilungsschenden</marker> wurden geschlossen."),
        RuleExample.flagsTranslation("en-US", "Republicans called for a bipartisan vote.",
            "de-DE", "Die Republikaner forderten eine <marker>bipartisanerwählung</marker>."),
        RuleExample.flagsTranslation("en-US", "The dog hunkered down in the snow.", "de-DE",
            "Der Hund <marker>hunkerte</marker> sich im Schnee nieder."),
        RuleExample.flagsTranslation("en-US", "The protesters staged a sit-in.", "de-DE",
            "Die Demonstranten veranstalteten eine <marker>Sitzustellung</marker>."),
        RuleExample.flagsTranslation("en-US", "The report was critical.", "de-DE",
            "Der Bericht war <marker>kritikalisch</marker>."),
        RuleExample.acceptsTranslation("en-US", "Rachel Reeves spoke in Bolton.", "de-DE",
            "Rachel Reeves sprach in Bolton."),
        RuleExample.acceptsTranslation("en-US", "NBC's report was aired on Monday.", "de-DE",
            "NBCs Bericht wurde am Montag gesendet."),
        RuleExample.acceptsTranslation("en-US", "Naira notes are scarce.", "de-DE",
            "Naira-Noten sind knapp."),
        RuleExample.acceptsTranslation("en-US", "Inspector Brian O'Hagan said so.", "de-DE",
            "Inspektor Brian O'Hagan sagte das."),
        RuleExample.acceptsTranslation("en-US", "It was a fight over privilege.", "de-DE",
            "Es war ein Privilegienkampf."),
        RuleExample.acceptsTranslation("en-US", "Dolly Menga's strike won the game.", "de-DE",
            "Der Schuss von Menga entschied das Spiel."),
        RuleExample.acceptsTranslation("en-US", "The money distribution centres were closed.",
            "de-DE", "Die Geldausgabestellen wurden geschlossen."),
        RuleExample.flagsTranslation("de-DE", "Die Regierung hat das Gesetz verabschiedet.",
            "en-US", "The <marker>goverment</marker> passed the law."),
        RuleExample.flagsTranslation("de-DE", "Das Treffen findet morgen statt.", "en-US",
            "The meeting takes place <marker>tommorow</marker>."),
        RuleExample.flagsTranslation("de-DE", "Die Wirtschaft wächst schnell.", "en-US",
            "The <marker>econimy</marker> is growing fast."),
        RuleExample.flagsTranslation("de-DE", "Er hat es sofort bemerkt.", "en-US",
            "He noticed it <marker>immediatly</marker>."),
        RuleExample.flagsTranslation("de-DE", "Die Preise sind deutlich gestiegen.", "en-US",
            "Prices rose <marker>significently</marker>."),
        RuleExample.acceptsTranslation("de-DE", "Der Bundestag stimmte zu.", "en-US",
            "The Bundestag agreed."),
        // from Chinese the rule judges nothing: a misspelling is left to the speller
        RuleExample.acceptsTranslation("zh-CN", "他们在会上进行了讨论。", "en-US",
            "They discusssed it at the meeting."),
        RuleExample.acceptsTranslation("zh-CN", "张伟在会上发言。", "en-US",
            "Zhang Wei spoke at the meeting."),
        RuleExample.acceptsTranslation("zh-CN", "苹果发布了iPhone 15。", "en-US",
            "Apple released the iPhone 15."),
        RuleExample.acceptsTranslation("zh-CN", "苹果发布了iPhone 15，销量很好。", "en-US",
            "Apple released the iPhone 15 and sales were exellent."),
        RuleExample.acceptsTranslation("zh-CN", "他们在会上进行了讨论。", "en-US",
            "They discussed it at the meeting."),
        RuleExample.acceptsTranslation("zh-CN", "记者在郑州报道。", "en-US",
            "The reporter filed the story from Zhengzhou."),
        RuleExample.acceptsTranslation("zh-CN", "会议明天举行。", "en-US",
            "The meeting will be held tomorrow."),
        RuleExample.acceptsTranslation("zh-CN", "这条路长十公里。", "en-US",
            "The road is ten kilometres long."));
  }
}
