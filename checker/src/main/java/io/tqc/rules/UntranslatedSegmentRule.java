package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import java.lang.Character.UnicodeScript;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A target segment that is its source again (letters and digits the same, whatever the case,
 * spacing and punctuation): the translator or MT left it untranslated. Segments too short to
 * tell, and those of numbers, URLs and names only, are left alone: they rightly stay the same.
 */
public final class UntranslatedSegmentRule extends BuiltinRule {
  /** Fewer words than this is a name, a label or a number, which may stay as it is. */
  static final int MIN_WORDS = 3;
  /** A capitalised phrase up to this long reads as a name or a title ("Deutsche Bank AG"). */
  private static final int MAX_NAME_WORDS = 6;
  private static final Pattern LINKS =
      Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+|\\S+@\\S+\\.\\S+");

  public UntranslatedSegmentRule() {
    super("UNTRANSLATED_SEGMENT", Category.UNTRANSLATED, Severity.MAJOR,
        "A target segment identical to its source: left untranslated");
  }

  @Override
  public List<Finding> check(CheckContext context) {
    String text = context.text();
    TextIndex index = context.document().index();
    List<Finding> out = new ArrayList<>();
    for (DocumentSegment segment : context.document().segmentation().segments()) {
      context.checkDeadline();
      if (!segment.hasSource() || segment.start() == segment.end()) {
        continue;
      }
      int from = index.toUtf16(segment.start());
      int to = index.toUtf16(segment.end());
      String target = text.substring(from, to);
      String letters = lettersAndDigits(target);
      if (letters.isEmpty() || !letters.equals(lettersAndDigits(segment.source()))
          || mayStayTheSame(target)) {
        continue;
      }
      while (from < to && Character.isWhitespace(text.charAt(from))) {
        from++;
      }
      while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
        to--;
      }
      out.add(finding(context, from, to, "The target is the same as its source (segment "
          + segment.id() + "): it was left untranslated.", List.of()));
    }
    return out;
  }

  /** The text lower-cased with everything but letters and digits dropped. */
  static String lettersAndDigits(String text) {
    StringBuilder kept = new StringBuilder();
    text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit)
        .forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /** Numbers, links, names and fragments of fewer than {@link #MIN_WORDS} words. */
  static boolean mayStayTheSame(String target) {
    String withoutLinks = LINKS.matcher(target).replaceAll(" ");
    int words = 0;
    int capitalised = 0;
    int latinWords = 0;
    for (String token : withoutLinks.split("\\s+")) {
      int ideographs = (int) token.codePoints().filter(UntranslatedSegmentRule::ideographic)
          .count();
      if (ideographs > 0) {
        // Chinese and Japanese do not space words: two characters make a word on average
        words += (ideographs + 1) / 2;
      } else if (token.codePoints().anyMatch(Character::isLetter)) {
        words++;
        latinWords++;
        int first = token.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('a');
        if (Character.isUpperCase(first) || Character.isDigit(first)) {
          capitalised++;
        }
      }
    }
    boolean name = latinWords == words && capitalised == words && words <= MAX_NAME_WORDS;
    return words < MIN_WORDS || name;
  }

  private static boolean ideographic(int cp) {
    UnicodeScript script = UnicodeScript.of(cp);
    return script == UnicodeScript.HAN || script == UnicodeScript.HIRAGANA
        || script == UnicodeScript.KATAKANA || script == UnicodeScript.HANGUL;
  }

  @Override
  public List<RuleExample> examples() {
    return List.of(
        RuleExample.flagsTranslation("zh-CN", "今天北京的天气非常好。",
            "en-US", "<marker>今天北京的天气非常好。</marker>"),
        RuleExample.flagsTranslation("zh-CN", "他说：“我们明天再谈。”",
            "en-US", "<marker>他说：“我们明天再谈。”</marker>"),
        RuleExample.flagsTranslation("zh-CN", "苹果公司发布了新款iPhone 15手机。",
            "en-US", "<marker>苹果公司发布了新款iPhone 15手机。</marker>"),
        RuleExample.flagsTranslation("zh-CN", "中国经济今年增长了百分之五。",
            "en-US", "<marker>中国经济今年增长了百分之五</marker>"),
        RuleExample.flagsTranslation("zh-CN", "请在下方留言。",
            "en-US", "<marker>请在下方留言。</marker>"),
        RuleExample.acceptsTranslation("zh-CN", "今天北京的天气非常好。",
            "en-US", "The weather in Beijing is very good today."),
        RuleExample.acceptsTranslation("zh-CN", "2023", "en-US", "2023"),
        RuleExample.acceptsTranslation("zh-CN", "https://www.xinhuanet.com/",
            "en-US", "https://www.xinhuanet.com/"),
        RuleExample.acceptsTranslation("zh-CN", "iPhone 15", "en-US", "iPhone 15"),
        RuleExample.acceptsTranslation("zh-CN", "新华网", "en-US", "新华网"),
        RuleExample.acceptsTranslation("zh-CN", "Apple Inc.", "en-US", "Apple Inc."),
        RuleExample.flagsTranslation("en-US", "The meeting starts at nine o'clock tomorrow.",
            "de-DE", "<marker>The meeting starts at nine o'clock tomorrow.</marker>"),
        RuleExample.flagsTranslation("en-US", "Click here to download the report.",
            "de-DE", "<marker>click here to download the report</marker>"),
        RuleExample.flagsTranslation("en-US", "Please read the terms and conditions carefully.",
            "de-DE", "<marker>Please read the terms and conditions carefully!</marker>"),
        RuleExample.flagsTranslation("en-US", "All prices include VAT.",
            "de-DE", "<marker>All prices include  VAT.</marker>"),
        RuleExample.flagsTranslation("en-US", "Thank you for your order.",
            "de-DE", "<marker>Thank you for your order.</marker>"),
        RuleExample.acceptsTranslation("en-US", "The meeting starts at nine o'clock tomorrow.",
            "de-DE", "Die Sitzung beginnt morgen um neun Uhr."),
        RuleExample.acceptsTranslation("en-US", "Angela Merkel", "de-DE", "Angela Merkel"),
        RuleExample.acceptsTranslation("en-US", "www.example.com/download",
            "de-DE", "www.example.com/download"),
        RuleExample.acceptsTranslation("en-US", "2024", "de-DE", "2024"),
        RuleExample.acceptsTranslation("en-US", "Deutsche Bank Annual Report",
            "de-DE", "Deutsche Bank Annual Report"),
        RuleExample.acceptsTranslation("en-US", "Hello world", "de-DE", "Hello world"));
  }
}
