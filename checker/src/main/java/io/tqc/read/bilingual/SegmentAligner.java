package io.tqc.read.bilingual;

import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs the segments of a target text with those of its source text. Texts with the same number
 * of lines pair line k with line k (segment id = line number); texts with the same number of
 * non-blank lines (paragraphs) pair them in order (segment id = paragraph number). Otherwise the
 * sentences are aligned by length, after Gale and Church (1993): a dynamic programme over
 * beads of 1-1, 1-2, 2-1, 1-0 and 0-1 sentences, each costed by how far the target length lies
 * from the source length times the text's own length ratio (so Chinese sources and English
 * targets need no pair-specific constant). A paired bead whose lengths still disagree strongly
 * is split into unpaired sentences: a target sentence without a source is checked as
 * monolingual text, never compared with the wrong source.
 */
public final class SegmentAligner {
  /** Prior probabilities of the bead types, from Gale and Church's hand-aligned data. */
  private static final double P_ONE_ONE = 0.89;
  private static final double P_MERGE = 0.089 / 2;
  private static final double P_SKIP = 0.0099 / 2;
  /** Variance of target length per source length unit (Gale and Church's s²). */
  private static final double VARIANCE = 6.8;
  /** Beyond this many standard deviations a paired bead is more likely wrong than right. */
  private static final double MAX_PAIRED_DEVIATION = 3.0;
  /**
   * Cost of a bead that joins two sentences of different lines: a translator keeps paragraphs,
   * so such a join is about as unlikely as a sentence left out.
   */
  private static final double CROSSING_LINE_COST = -Math.log(0.01);
  /**
   * What a token both sides share (a number, a name, a cognate such as Plan/plan) takes off a
   * bead's cost, up to three tokens: lengths alone cannot tell where an added sentence sits.
   */
  private static final double ANCHOR_BONUS = 1.5;
  private static final int MAX_ANCHORS = 3;
  /** Sentence pairs the dynamic programme may consider; beyond it the texts are not aligned. */
  private static final long MAX_CELLS = 4_000_000L;

  private SegmentAligner() {}

  /**
   * A unit of one text: a line, paragraph or sentence, as a UTF-16 span without its padding,
   * its length in non-space code points, and the number of the line it starts on.
   */
  record Unit(int from, int to, int length, int line, Set<String> anchors) {
    Unit(int from, int to, int length) {
      this(from, to, length, 0, Set.of());
    }
  }

  /** What aligning did: the segments and a sentence for summary.csv. */
  public record Alignment(List<DocumentSegment> segments, String description) {}

  /**
   * Aligns a target text with its source.
   *
   * @param sourceLanguage recorded on every segment, empty when unknown
   */
  public static Alignment align(String source, String target, String sourceLanguage) {
    TextIndex index = new TextIndex(target);
    List<Unit> sourceLines = lines(source, false);
    List<Unit> targetLines = lines(target, false);
    if (sourceLines.size() == targetLines.size()) {
      List<DocumentSegment> segments = new ArrayList<>();
      for (int k = 0; k < targetLines.size(); k++) {
        Unit s = sourceLines.get(k);
        Unit t = targetLines.get(k);
        if (s.length() > 0 || t.length() > 0) {
          segments.add(segment(Integer.toString(k + 1), t, index,
              text(source, s), sourceLanguage));
        }
      }
      return new Alignment(segments, "paired line by line: " + segments.size() + " segments");
    }
    List<Unit> sourceParagraphs = lines(source, true);
    List<Unit> targetParagraphs = lines(target, true);
    if (sourceParagraphs.size() == targetParagraphs.size()) {
      List<DocumentSegment> segments = new ArrayList<>();
      for (int k = 0; k < targetParagraphs.size(); k++) {
        segments.add(segment(Integer.toString(k + 1), targetParagraphs.get(k), index,
            text(source, sourceParagraphs.get(k)), sourceLanguage));
      }
      return new Alignment(segments, "paired paragraph by paragraph: " + segments.size()
          + " segments");
    }
    return alignSentences(source, target, index, sourceLanguage);
  }

  private static Alignment alignSentences(String source, String target, TextIndex index,
      String sourceLanguage) {
    List<Unit> s = sentences(source, lines(source, true));
    List<Unit> t = sentences(target, lines(target, true));
    if ((long) (s.size() + 1) * (t.size() + 1) > MAX_CELLS) {
      return new Alignment(List.of(), "not aligned: " + s.size() + " source and " + t.size()
          + " target sentences are too many to align; checked without a source");
    }
    List<int[]> beads = beads(s, t);
    List<DocumentSegment> segments = new ArrayList<>();
    int paired = 0;
    int unpairedTarget = 0;
    int unpairedSource = 0;
    int oneToOne = 0;
    int merged = 0;
    int position = 0; // code point after the last target segment, for sources without target
    for (int[] bead : beads) {
      int si = bead[0];
      int sn = bead[1];
      int ti = bead[2];
      int tn = bead[3];
      boolean plausible = sn > 0 && tn > 0 && Math.abs(deviation(sum(s, si, sn),
          sum(t, ti, tn), ratio(s, t))) <= MAX_PAIRED_DEVIATION;
      if (plausible) {
        Unit span = new Unit(t.get(ti).from(), t.get(ti + tn - 1).to(), 0);
        String src = source.substring(s.get(si).from(), s.get(si + sn - 1).to());
        DocumentSegment segment = segment(Integer.toString(segments.size() + 1), span, index,
            src, sourceLanguage);
        segments.add(segment);
        position = segment.end();
        paired += tn;
        if (sn == 1 && tn == 1) {
          oneToOne++;
        } else {
          merged++;
        }
        continue;
      }
      for (int k = 0; k < sn; k++) {
        segments.add(new DocumentSegment(Integer.toString(segments.size() + 1), position,
            position, text(source, s.get(si + k)), sourceLanguage));
        unpairedSource++;
      }
      for (int k = 0; k < tn; k++) {
        DocumentSegment segment = segment(Integer.toString(segments.size() + 1), t.get(ti + k),
            index, null, sourceLanguage);
        segments.add(segment);
        position = segment.end();
        unpairedTarget++;
      }
    }
    String description = "aligned by sentence length: " + paired + " of " + t.size()
        + " target sentences paired (" + oneToOne + " one to one, " + merged
        + " two to one or one to two)";
    if (unpairedTarget > 0) {
      description += ", " + unpairedTarget + " without a source (checked monolingually)";
    }
    if (unpairedSource > 0) {
      description += ", " + unpairedSource + " source sentences without a target";
    }
    return new Alignment(segments, description);
  }

  /**
   * The best sequence of beads, each {@code {sourceStart, sourceCount, targetStart,
   * targetCount}}, by dynamic programming over the minus log probabilities.
   */
  static List<int[]> beads(List<Unit> s, List<Unit> t) {
    int n = s.size();
    int m = t.size();
    double ratio = ratio(s, t);
    double[][] cost = new double[n + 1][m + 1];
    byte[][] move = new byte[n + 1][m + 1];
    int[][] moves = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    double[] priors = {P_ONE_ONE, P_SKIP, P_SKIP, P_MERGE, P_MERGE};
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        if (i == 0 && j == 0) {
          continue;
        }
        double best = Double.POSITIVE_INFINITY;
        byte bestMove = -1;
        for (int k = 0; k < moves.length; k++) {
          int di = moves[k][0];
          int dj = moves[k][1];
          if (i < di || j < dj) {
            continue;
          }
          // A sentence with no counterpart has no length to compare: its prior is its cost,
          // else the length term makes any wrong merge cheaper than admitting an insertion.
          double c = cost[i - di][j - dj] - Math.log(priors[k]) + (di == 0 || dj == 0 ? 0
              : lengthCost(sum(s, i - di, di), sum(t, j - dj, dj), ratio));
          if (di > 0 && dj > 0) {
            c -= ANCHOR_BONUS * shared(s.subList(i - di, i), t.subList(j - dj, j));
          }
          if ((di == 2 && s.get(i - 2).line() != s.get(i - 1).line())
              || (dj == 2 && t.get(j - 2).line() != t.get(j - 1).line())) {
            c += CROSSING_LINE_COST;
          }
          if (c < best) {
            best = c;
            bestMove = (byte) k;
          }
        }
        cost[i][j] = best;
        move[i][j] = bestMove;
      }
    }
    List<int[]> beads = new ArrayList<>();
    int i = n;
    int j = m;
    while (i > 0 || j > 0) {
      int[] step = moves[move[i][j]];
      beads.add(0, new int[] {i - step[0], step[0], j - step[1], step[1]});
      i -= step[0];
      j -= step[1];
    }
    return beads;
  }

  /** How many anchors the two sides of a bead share, at most {@link #MAX_ANCHORS}. */
  private static int shared(List<Unit> source, List<Unit> target) {
    Set<String> anchors = new HashSet<>();
    source.forEach(unit -> anchors.addAll(unit.anchors()));
    Set<String> common = new HashSet<>();
    for (Unit unit : target) {
      for (String anchor : unit.anchors()) {
        if (anchors.contains(anchor)) {
          common.add(anchor);
        }
      }
    }
    return Math.min(common.size(), MAX_ANCHORS);
  }

  /**
   * Tokens that carry over between languages: numbers, and the first four letters of Latin
   * words of four letters or more (names, cognates).
   */
  static Set<String> anchors(String sentence) {
    Set<String> anchors = new HashSet<>();
    Matcher token = ANCHOR.matcher(sentence);
    while (token.find()) {
      String word = token.group();
      anchors.add(Character.isDigit(word.charAt(0)) ? word
          : word.substring(0, 4).toLowerCase(Locale.ROOT));
    }
    return anchors;
  }

  private static final Pattern ANCHOR = Pattern.compile("\\d+|\\p{IsLatin}{4,}");

  /** Minus log of the probability of so large a length difference (two-sided). */
  private static double lengthCost(int sourceLength, int targetLength, double ratio) {
    double z = Math.abs(deviation(sourceLength, targetLength, ratio));
    double p = Math.max(erfc(z / Math.sqrt(2)), 1e-300);
    return -Math.log(p);
  }

  /** How many standard deviations the target length lies from the expected one. */
  static double deviation(int sourceLength, int targetLength, double ratio) {
    double expected = sourceLength * ratio;
    double mean = Math.max(1, (expected + targetLength) / 2);
    return (targetLength - expected) / Math.sqrt(mean * VARIANCE);
  }

  /** Target characters per source character over the whole text. */
  private static double ratio(List<Unit> s, List<Unit> t) {
    int source = sum(s, 0, s.size());
    int target = sum(t, 0, t.size());
    return source == 0 || target == 0 ? 1 : (double) target / source;
  }

  private static int sum(List<Unit> units, int from, int count) {
    int total = 0;
    for (int k = from; k < from + count; k++) {
      total += units.get(k).length();
    }
    return total;
  }

  /** Complementary error function (Abramowitz and Stegun 7.1.26, error below 1.5e-7). */
  private static double erfc(double x) {
    double t = 1 / (1 + 0.3275911 * x);
    double poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741
        + t * (-1.453152027 + t * 1.061405429))));
    return poly * Math.exp(-x * x);
  }

  /**
   * The lines of a text (a final line break ends the last line, it does not start an empty
   * one), or only its non-blank lines.
   */
  static List<Unit> lines(String text, boolean nonBlankOnly) {
    List<Unit> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      boolean end = i == text.length();
      char c = end ? '\n' : text.charAt(i);
      if (c == '\n' || c == '\r') {
        if (!(end && start == text.length() && !lines.isEmpty())) {
          Unit line = trimmed(text, start, i);
          if (!nonBlankOnly || line.length() > 0) {
            lines.add(line);
          }
        }
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return lines;
  }

  /** The sentences of each paragraph, by the JDK's locale-neutral sentence rules. */
  static List<Unit> sentences(String text, List<Unit> paragraphs) {
    List<Unit> sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ROOT);
    int line = 0;
    for (Unit paragraph : paragraphs) {
      line++;
      breaks.setText(text.substring(paragraph.from(), paragraph.to()));
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
        Unit sentence = trimmed(text, paragraph.from() + start, paragraph.from() + end);
        if (sentence.length() > 0) {
          sentences.add(new Unit(sentence.from(), sentence.to(), sentence.length(), line,
              anchors(text.substring(sentence.from(), sentence.to()))));
        }
      }
    }
    return sentences;
  }

  /** The span without surrounding white space; its length counts non-space code points. */
  private static Unit trimmed(String text, int from, int to) {
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    int length = (int) text.substring(from, to).codePoints()
        .filter(cp -> !Character.isWhitespace(cp)).count();
    return new Unit(from, to, length);
  }

  private static String text(String text, Unit unit) {
    return text.substring(unit.from(), unit.to()).replaceAll("[\\r\\n]+", " ");
  }

  private static DocumentSegment segment(String id, Unit span, TextIndex index, String source,
      String sourceLanguage) {
    return new DocumentSegment(id, index.toCodePoint(span.from()), index.toCodePoint(span.to()),
        source, sourceLanguage);
  }
}
