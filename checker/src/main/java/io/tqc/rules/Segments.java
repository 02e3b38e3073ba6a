package io.tqc.rules;

import io.tqc.engine.CheckContext;
import io.tqc.engine.PlacedSentence;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.AnalyzedTokenReadings;

/** Splits LanguageTool's sentences at line breaks and gives tokens document offsets. */
final class Segments {
  private Segments() {}

  /** The segments of a document, split once and shared by every rule that asks. */
  static List<Segment> of(CheckContext context) {
    return context.derived(Segments.class, () -> List.copyOf(split(context)));
  }

  private static List<Segment> split(CheckContext context) {
    String text = context.text();
    List<Segment> segments = new ArrayList<>();
    int index = 0;
    int line = 0;
    int lineCountedTo = 0;
    for (PlacedSentence sentence : context.placedSentences()) {
      List<Tok> current = new ArrayList<>();
      int previousEnd = -1;
      for (AnalyzedTokenReadings readings : sentence.sentence().getTokensWithoutWhitespace()) {
        context.checkDeadline();
        if (readings.isSentenceStart() || readings.getToken().isEmpty()) {
          continue;
        }
        Tok tok = new Tok(readings, sentence.inDocument(readings.getStartPos()),
            sentence.inDocument(readings.getEndPos()));
        if (previousEnd >= 0 && hasLineBreak(text, previousEnd, tok.from())) {
          line += countBreaks(text, lineCountedTo, current.get(0).from());
          lineCountedTo = current.get(0).from();
          segments.add(segment(text, current, index, line));
          current = new ArrayList<>();
        }
        current.add(tok);
        previousEnd = tok.to();
      }
      if (!current.isEmpty()) {
        line += countBreaks(text, lineCountedTo, current.get(0).from());
        lineCountedTo = current.get(0).from();
        segments.add(segment(text, current, index, line));
      }
      index++;
    }
    return segments;
  }

  private static Segment segment(String text, List<Tok> tokens, int sentence, int line) {
    int from = tokens.get(0).from();
    int to = tokens.get(tokens.size() - 1).to();
    return new Segment(List.copyOf(tokens), sentence, blankBefore(text, from),
        blankAfter(text, to), line);
  }

  private static int countBreaks(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        n++;
      }
    }
    return n;
  }

  static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to && i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  private static boolean blankBefore(String text, int from) {
    for (int i = from - 1; i >= 0; i--) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  private static boolean blankAfter(String text, int to) {
    for (int i = to; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return true;
      }
      if (!Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }
}
