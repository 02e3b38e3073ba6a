package io.tqc.rules;

import java.util.List;

/**
 * The part of one LanguageTool sentence that lies on one line, without whitespace tokens.
 * LanguageTool does not end a sentence at a single line break, but in articles a line is a
 * headline, a list item or a paragraph, so the rules never let a pattern cross one.
 *
 * @param tokens the tokens, in order, never empty
 * @param sentence index of the LanguageTool sentence it belongs to
 * @param startsLine whether only whitespace precedes it on its line
 * @param endsLine whether only whitespace follows it on its line
 * @param lineNumber 0-based line of the document the segment is on
 */
record Segment(List<Tok> tokens, int sentence, boolean startsLine, boolean endsLine,
    int lineNumber) {

  int from() {
    return tokens.get(0).from();
  }

  int to() {
    return tokens.get(tokens.size() - 1).to();
  }

  boolean wholeLine() {
    return startsLine && endsLine;
  }

  /** Number of word tokens. */
  int words() {
    int n = 0;
    for (Tok t : tokens) {
      if (t.isWord()) {
        n++;
      }
    }
    return n;
  }

  Tok last() {
    return tokens.get(tokens.size() - 1);
  }

  /** Whether the last token is sentence-final punctuation. */
  boolean endsWithStop() {
    String t = last().text();
    return t.equals(".") || t.equals("!") || t.equals("?");
  }
}
