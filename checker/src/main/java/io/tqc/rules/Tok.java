package io.tqc.rules;

import java.util.Locale;
import org.languagetool.AnalyzedToken;
import org.languagetool.AnalyzedTokenReadings;

/**
 * One token of LanguageTool's analysis with its UTF-16 span in the whole document (LanguageTool
 * gives sentence-relative positions to text-level rules, so {@link Segments} adds the sentence
 * start).
 */
record Tok(AnalyzedTokenReadings readings, int from, int to) {

  String text() {
    return readings.getToken();
  }

  boolean isWord() {
    String t = text();
    return !t.isEmpty() && Character.isLetter(t.codePointAt(0));
  }

  /** Upper-case first letter followed by at least one lower-case letter ("Hope", not "EU"). */
  boolean isCapitalised() {
    String t = text();
    if (t.length() < 2 || !Character.isUpperCase(t.codePointAt(0))) {
      return false;
    }
    for (int i = 1; i < t.length(); i++) {
      if (Character.isLowerCase(t.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  boolean startsUpper() {
    String t = text();
    return !t.isEmpty() && Character.isUpperCase(t.codePointAt(0));
  }

  boolean isLower() {
    String t = text();
    return !t.isEmpty() && Character.isLowerCase(t.codePointAt(0));
  }

  /** Whether some reading's tag starts with the prefix. */
  boolean hasTag(String prefix) {
    for (AnalyzedToken reading : readings.getReadings()) {
      String tag = reading.getPOSTag();
      if (tag != null && tag.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  /** Whether some reading's tag matches the regular expression. */
  boolean hasTagMatching(java.util.regex.Pattern pattern) {
    for (AnalyzedToken reading : readings.getReadings()) {
      String tag = reading.getPOSTag();
      if (tag != null && pattern.matcher(tag).matches()) {
        return true;
      }
    }
    return false;
  }

  /** Whether every tagged reading's tag starts with one of the prefixes (false if untagged). */
  boolean onlyTags(String... prefixes) {
    boolean any = false;
    for (AnalyzedToken reading : readings.getReadings()) {
      String tag = reading.getPOSTag();
      if (tag == null || tag.equals("SENT_END") || tag.equals("PARA_END")) {
        continue;
      }
      any = true;
      boolean ok = false;
      for (String p : prefixes) {
        ok |= tag.startsWith(p);
      }
      if (!ok) {
        return false;
      }
    }
    return any;
  }

  /** Whether LanguageTool's tagger knew the word (it has a reading with a tag). */
  boolean isTagged() {
    for (AnalyzedToken reading : readings.getReadings()) {
      String tag = reading.getPOSTag();
      if (tag != null && !tag.equals("SENT_END") && !tag.equals("PARA_END")) {
        return true;
      }
    }
    return false;
  }

  /** All lemmas LanguageTool gives, lower-cased; the lower-cased token when there are none. */
  java.util.Set<String> lemmas() {
    java.util.Set<String> lemmas = new java.util.HashSet<>();
    for (AnalyzedToken reading : readings.getReadings()) {
      if (reading.getLemma() != null && reading.getPOSTag() != null) {
        lemmas.add(reading.getLemma().toLowerCase(Locale.ROOT));
      }
    }
    if (lemmas.isEmpty()) {
      lemmas.add(text().toLowerCase(Locale.ROOT));
    }
    return lemmas;
  }

  /** First lemma LanguageTool gives, lower-cased; the lower-cased token when there is none. */
  String lemma() {
    for (AnalyzedToken reading : readings.getReadings()) {
      if (reading.getLemma() != null && reading.getPOSTag() != null) {
        return reading.getLemma().toLowerCase(Locale.ROOT);
      }
    }
    return text().toLowerCase(Locale.ROOT);
  }
}
