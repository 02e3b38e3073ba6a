package io.tqc.custom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RequiredTextTest {
  private static final int CASE_INSENSITIVE = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  private static List<String> of(String regex) {
    return RequiredText.of(Pattern.compile(regex, CASE_INSENSITIVE));
  }

  @Test
  void longestLiteralRunOutsideGroupsClassesAndEscapes() {
    assertEquals(List.of(" not involved"),
        of("\\b(has|have) not involved(?=\\s*[.,;:!?)]|\\s+in\\b)"));
    assertEquals(List.of("person"), of("\\bperson[- ]times?\\b"));
    assertEquals(List.of("hundred"), of("\\b\\d+(?:\\.\\d+)?\\s+hundred\\s+million\\b"));
    assertEquals(List.of("def"), of("[abc]+def"));
    assertEquals(List.of("u.s."), of("\\bU\\.S\\."));
  }

  @Test
  void anOptionalCharacterEndsTheRunARequiredOneStaysInIt() {
    assertEquals(List.of("involve"), of("\\binvolves?\\s+in\\b"));
    assertEquals(List.of("colo"), of("colou?r"));
    assertEquals(List.of("cde"), of("ab{0,2}cde"));
    assertEquals(List.of("abc"), of("abc{2}d"));
    assertEquals(List.of("abc"), of("abc+?d"));
  }

  @Test
  void everyTopLevelAlternativeNeedsItsOwnPiece() {
    assertEquals(List.of("yuan", "yuan"),
        of("\\bRMB\\s*[\\d.,]+\\s*(?:million|billion)?\\s*yuan\\b|\\byuan\\s+RMB\\b"));
    assertEquals(List.of(), of("a|bcd"));
  }

  @Test
  void quotedTextAndPhrasePatternsAreLiteral() {
    assertEquals(List.of("a.b*c"), of("\\Qa.b*c\\E"));
    assertEquals(List.of("according"),
        RequiredText.of(PhrasePattern.compile("According to foreign media reports", false)));
    assertEquals(List.of("reported"),
        RequiredText.of(PhrasePattern.compile("it's been reported", false)));
  }

  @Test
  void whatTheReaderDoesNotFollowRequiresNothing() {
    assertEquals(List.of(), of("ab"));
    assertEquals(List.of(), of("(?x) a b c d"));
    assertEquals(List.of(), of("(?ix)abc d e"));
    assertEquals(List.of(), of("abc(?u-x) d e"));
    assertEquals(List.of(), RequiredText.of(Pattern.compile("abc def", Pattern.COMMENTS)));
    assertEquals(List.of(), of("\\x41bc\\u0044"));
    assertEquals(List.of(), of("(abc)\\1"));
    assertEquals(List.of(), of("\\t\\n"));
  }

  @Test
  void foldingIsTheRegexEnginesCaseInsensitivity() {
    assertEquals("istanbul \u00df", RequiredText.fold("\u0130STANBUL \u00df"));
    assertEquals(List.of("stra\u00dfe"), of("Stra\u00dfe"));
  }

  /**
   * The promise the rules rely on: wherever the regex finds a match, the folded text contains a
   * required piece. Random texts over a small alphabet make matches frequent.
   */
  @Test
  void noTextWithAMatchLacksTheRequiredText() {
    String[] regexes = {"abb+c", "colou?r", "(?:x|y)abc[de]", "abc|bcd", "\\babb{1,2}c\\b",
        "a.bcd", "[^a]bca", "\u0131ab", "k[a-c]{0,3}bca"};
    Random random = new Random(20261126);
    int matches = 0;
    for (String regex : regexes) {
      Pattern pattern = Pattern.compile(regex, CASE_INSENSITIVE);
      List<String> required = RequiredText.of(pattern);
      assertTrue(!required.isEmpty(), regex);
      // the regex's own letters in both cases, a space, and the dotted and dotless i
      String letters = regex.replaceAll("[^\\p{L}]", "");
      String alphabet = letters + letters.toUpperCase(Locale.ROOT) + " \u0130\u0131";
      for (int i = 0; i < 4000; i++) {
        StringBuilder text = new StringBuilder();
        for (int j = 0; j < 12; j++) {
          text.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        if (pattern.matcher(text).find()) {
          matches++;
          String folded = RequiredText.fold(text);
          assertTrue(required.stream().anyMatch(folded::contains), regex + " on " + text);
        }
      }
    }
    assertTrue(matches > 500, "too few matches to test anything: " + matches);
  }
}
