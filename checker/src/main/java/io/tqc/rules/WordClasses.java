package io.tqc.rules;

import io.tqc.engine.LanguageCodes;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Part-of-speech questions the rules ask, answered from LanguageTool's tags for the languages
 * whose tag sets the rules know (English Penn tags, German and French LanguageTool tags).
 */
final class WordClasses {
  private WordClasses() {}

  private static final Pattern EN_FINITE = Pattern.compile("VBD|VBZ|VBP|MD");
  private static final Pattern EN_NOUN = Pattern.compile("NN.*");
  private static final Pattern EN_ANY_SUBJECT = Pattern.compile("NN.*|PRP_S.*|WP|WDT|EX");
  private static final Pattern EN_SINGULAR_SUBJECT = Pattern.compile(
      "NN|NN:.*|NNP|PRP_S3S.*|WP|WDT|EX");
  private static final Pattern EN_PLURAL_SUBJECT = Pattern.compile(
      "NNS|NNPS|PRP_S1.*|PRP_S2.*|PRP_S3P.*|WP|WDT");
  private static final Pattern DE_FINITE = Pattern.compile("VER:(AUX:|MOD:)?([123]:|IMP).*");
  private static final Pattern FR_FINITE = Pattern.compile("V (etre |avoir )?(ind|sub|imp|cond).*");
  private static final Pattern EN_CONTENT = Pattern.compile("NN|NNS|NN:.*|VB.*|JJ.*|RB|RBR|RBS");
  private static final Pattern DE_CONTENT = Pattern.compile("(SUB|ADJ|VER|ADV).*");
  private static final Pattern FR_CONTENT = Pattern.compile("(N|J|V|A) .*|ADV|N .*");

  static boolean supported(String languageCode) {
    return LanguageCodes.is(languageCode, "en") || LanguageCodes.is(languageCode, "de")
        || LanguageCodes.is(languageCode, "fr");
  }

  /**
   * Whether the token at {@code i} reads as a finite verb. For English, where many nouns are also
   * verb forms ("phone", "plans"), a noun-verb token only counts when a subject-like word comes
   * before it or an object-like word after it, so a noun phrase is not mistaken for a clause.
   */
  static boolean isFiniteVerb(List<Tok> tokens, int i, String lang) {
    Tok tok = tokens.get(i);
    if (LanguageCodes.is(lang, "de")) {
      return tok.hasTagMatching(DE_FINITE);
    }
    if (LanguageCodes.is(lang, "fr")) {
      return tok.hasTagMatching(FR_FINITE);
    }
    if (!tok.hasTagMatching(EN_FINITE)) {
      // Sentence-initial imperative ("Read the report."), but not a noun ("Phone system.").
      return i == 0 && tok.hasTag("VB") && !tok.hasTagMatching(EN_NOUN) && !tok.hasTag("JJ");
    }
    if (!tok.hasTagMatching(EN_NOUN) && !tok.hasTag("JJ")) {
      return true;
    }
    Tok before = i > 0 ? tokens.get(i - 1) : null;
    Tok after = i + 1 < tokens.size() ? tokens.get(i + 1) : null;
    // A subject that agrees with the verb form comes before it ...
    if (before != null && !before.hasTag("DT")
        && (tok.hasTag("VBD") && before.hasTagMatching(EN_ANY_SUBJECT)
        || tok.hasTag("VBZ") && before.hasTagMatching(EN_SINGULAR_SUBJECT)
        || tok.hasTag("VBP") && before.hasTagMatching(EN_PLURAL_SUBJECT)
        || tok.hasTag("MD"))) {
      return true;
    }
    // ... or an object or infinitive follows it.
    return after != null && (after.hasTag("DT") || after.hasTag("PRP") || after.hasTag("TO")
        || after.hasTag("VBN"));
  }

  static boolean hasFiniteVerb(List<Tok> tokens, String lang) {
    for (int i = 0; i < tokens.size(); i++) {
      if (isFiniteVerb(tokens, i, lang)) {
        return true;
      }
    }
    return false;
  }

  /** Noun, verb, adjective or adverb, the words whose repetition an editor notices. */
  static boolean isContentWord(Tok tok, String lang) {
    if (!tok.isWord() || tok.text().length() < 3) {
      return false;
    }
    if (LanguageCodes.is(lang, "de")) {
      return tok.hasTagMatching(DE_CONTENT) && !tok.hasTag("VER:AUX") && !tok.hasTag("VER:MOD");
    }
    if (LanguageCodes.is(lang, "fr")) {
      return tok.hasTagMatching(FR_CONTENT) && !tok.hasTag("V etre") && !tok.hasTag("V avoir");
    }
    return tok.hasTagMatching(EN_CONTENT) && !tok.hasTag("MD") && !tok.hasTag("DT")
        && !tok.hasTag("IN") && !tok.hasTag("CC") && !tok.hasTag("PRP");
  }

  /** Articles and demonstratives, after which a capitalised word is usually a name or title. */
  static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those",
      "its", "their", "his", "her", "our", "my", "your", "der", "die", "das", "den", "dem", "des",
      "ein", "eine", "einen", "einem", "einer", "eines", "le", "la", "les", "l", "un", "une");
}
