package io.tqc.custom;

import io.tqc.custom.SentenceTokens.Located;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;
import org.languagetool.Language;
import org.languagetool.synthesis.Synthesizer;

/**
 * A glossary term as LanguageTool analyses it, so that it is found in any inflection ("dock
 * worker" in "dock workers", "Dockarbeiter" in "Dockarbeitern") and another term can be put into
 * the form that was found ("port workers", "Hafenarbeitern").
 *
 * <p>A word of the term matches a token of the document written the same, or having a reading
 * with the same lemma in the same word class (the part of the tag before the first colon, or its
 * first two letters: NN and NNS, SUB:DAT:PLU:MAS and SUB:NOM:SIN:MAS).
 */
final class InflectedTerm {
  /** German tags name the gender, which a replacement term need not share. */
  private static final List<String> GENDERS = List.of("MAS", "FEM", "NEU", "NOG");

  /** One word of the term, whether a space comes before it, and LanguageTool's readings of it. */
  record Word(String text, boolean spaceBefore, List<AnalyzedToken> readings) {}

  /**
   * Where the term was found, and for each of its words the reading of the document's token that
   * matched it ({@code null} when the token is written as the word).
   */
  record Match(int from, int to, List<AnalyzedToken> readings) {
    /** Written exactly as the term, but for case: nothing to inflect. */
    boolean asWritten() {
      return readings.stream().allMatch(java.util.Objects::isNull);
    }
  }

  private final List<Word> words;
  private final boolean caseSensitive;

  private InflectedTerm(List<Word> words, boolean caseSensitive) {
    this.words = List.copyOf(words);
    this.caseSensitive = caseSensitive;
  }

  static InflectedTerm analyse(String term, Language language, boolean caseSensitive) {
    List<String> tokens = language.getWordTokenizer().tokenize(term.strip());
    List<String> texts = new ArrayList<>();
    List<Boolean> spaces = new ArrayList<>();
    boolean space = false;
    for (String token : tokens) {
      if (token.isBlank()) {
        space = true;
      } else {
        texts.add(token);
        spaces.add(space);
        space = false;
      }
    }
    List<AnalyzedTokenReadings> tagged;
    try {
      tagged = language.getTagger().tag(texts);
    } catch (IOException e) {
      tagged = List.of(); // an untagged term is still found as written
    }
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      List<AnalyzedToken> readings = i < tagged.size() ? tagged.get(i).getReadings().stream()
          .filter(r -> r.getLemma() != null && r.getPOSTag() != null).toList() : List.of();
      words.add(new Word(texts.get(i), i > 0 && spaces.get(i), readings));
    }
    return new InflectedTerm(words, caseSensitive);
  }

  /** Every place the term occurs among the document's tokens, in any inflection. */
  List<Match> find(List<Located> tokens, String text) {
    List<Match> matches = new ArrayList<>();
    if (words.isEmpty()) {
      return matches;
    }
    for (int start = 0; start + words.size() <= tokens.size(); start++) {
      List<AnalyzedToken> readings = new ArrayList<>();
      for (int k = 0; k < words.size(); k++) {
        Located token = tokens.get(start + k);
        if (k > 0 && !separatedAsInTerm(text, tokens.get(start + k - 1), token,
            words.get(k).spaceBefore())) {
          break;
        }
        if (same(words.get(k).text(), token.token().getToken())) {
          readings.add(null);
          continue;
        }
        AnalyzedToken reading = sameLemma(words.get(k), token.token());
        if (reading == null) {
          break;
        }
        readings.add(reading);
      }
      if (readings.size() == words.size()) {
        matches.add(new Match(tokens.get(start).from(),
            tokens.get(start + words.size() - 1).to(), readings));
      }
    }
    return matches;
  }

  private static boolean separatedAsInTerm(String text, Located before, Located after,
      boolean space) {
    String between = text.substring(before.to(), after.from());
    return space ? !between.isEmpty() && between.isBlank() : between.isEmpty();
  }

  /** The token's reading that shares a lemma and word class with the word, or null. */
  private AnalyzedToken sameLemma(Word word, AnalyzedTokenReadings token) {
    for (AnalyzedToken reading : token.getReadings()) {
      if (reading.getLemma() == null || reading.getPOSTag() == null) {
        continue;
      }
      for (AnalyzedToken own : word.readings()) {
        if (same(own.getLemma(), reading.getLemma())
            && wordClass(own.getPOSTag()).equals(wordClass(reading.getPOSTag()))) {
          return reading;
        }
      }
    }
    return null;
  }

  private boolean same(String a, String b) {
    return caseSensitive ? a.equals(b) : a.equalsIgnoreCase(b);
  }

  static String wordClass(String tag) {
    int colon = tag.indexOf(':');
    return colon > 0 ? tag.substring(0, colon) : tag.substring(0, Math.min(2, tag.length()));
  }

  /**
   * This term in the form of a match of another term: word for word when both have as many
   * words, else the last word (the head of an English or German noun phrase) takes the form of
   * the match's last word. A word LanguageTool cannot put into that form stays as written.
   */
  String inflectedLike(Match match, String written, Language language) {
    List<AnalyzedToken> found = match.readings();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      int partner = words.size() == found.size() ? i
          : i == words.size() - 1 ? found.size() - 1 : -1;
      AnalyzedToken target = partner < 0 ? null : found.get(partner);
      out.add(target == null ? words.get(i).text() : inflect(words.get(i), target, language)
          .orElse(words.get(i).text()));
    }
    if (out.equals(words.stream().map(Word::text).toList())) {
      return written;
    }
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < out.size(); i++) {
      result.append(words.get(i).spaceBefore() ? " " : "").append(out.get(i));
    }
    return result.toString();
  }

  private static Optional<String> inflect(Word word, AnalyzedToken target, Language language) {
    Synthesizer synthesizer = language.getSynthesizer();
    if (synthesizer == null) {
      return Optional.empty();
    }
    String tag = target.getPOSTag();
    for (AnalyzedToken own : word.readings()) {
      if (!wordClass(own.getPOSTag()).equals(wordClass(tag))) {
        continue;
      }
      try {
        String[] forms = synthesizer.synthesize(own, tag);
        if (forms.length == 0 && Arrays.stream(tag.split(":")).anyMatch(GENDERS::contains)) {
          forms = synthesizer.synthesize(own, anyGender(tag), true);
        }
        Optional<String> form = Arrays.stream(forms).filter(f -> !f.isBlank()).findFirst();
        if (form.isPresent()) {
          return form.map(f -> matchCase(f, word.text()));
        }
      } catch (IOException e) {
        return Optional.empty(); // the word is suggested as written
      }
    }
    return Optional.empty();
  }

  /** The tag as a regex that takes any gender: SUB:DAT:PLU:MAS fits SUB:DAT:PLU:FEM too. */
  private static String anyGender(String tag) {
    return Arrays.stream(tag.split(":", -1))
        .map(part -> GENDERS.contains(part) ? "[A-Z]+" : Pattern.quote(part))
        .collect(java.util.stream.Collectors.joining(":"));
  }

  /** A lower-case term stays lower case even where the dictionary's form is capitalised. */
  private static String matchCase(String form, String written) {
    boolean lower = !written.isEmpty() && Character.isLowerCase(written.codePointAt(0));
    return lower ? form.substring(0, 1).toLowerCase(Locale.ROOT) + form.substring(1) : form;
  }
}
