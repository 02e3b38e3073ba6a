package io.tqc.source;

import io.tqc.engine.CheckContext;
import io.tqc.engine.LanguageCodes;
import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The segments whose translation is far shorter or far longer than their language pair's
 * normal range, found once per document for the omission and the addition rule.
 */
final class LengthOutliers {
  /**
   * @param at UTF-16 offset of the end of the segment's text (its start when it has none): a
   *     finding about a whole segment's length is a point, not the whole line, which would
   *     count every character of it as wrong
   * @param tooLong the target is too long (else too short or missing)
   */
  record Outlier(DocumentSegment segment, int at, boolean tooLong, int sourceLetters,
      int targetLetters) {}

  private LengthOutliers() {}

  static List<Outlier> of(CheckContext context) {
    return context.derived(LengthOutliers.class, () -> find(context));
  }

  private static List<Outlier> find(CheckContext context) {
    String target = LanguageCodes.base(context.findings().language());
    TextIndex index = context.document().index();
    String text = context.text();
    List<Outlier> out = new ArrayList<>();
    for (DocumentSegment segment : context.document().segmentation().segments()) {
      context.checkDeadline();
      if (!segment.hasSource()) {
        continue;
      }
      String source = SegmentSourceLanguage.of(segment, context);
      Optional<LengthRatios.Range> range = LengthRatios.of(source, target);
      if (range.isEmpty()) {
        continue;
      }
      int from = index.toUtf16(segment.start());
      String segmentText = text.substring(from, index.toUtf16(segment.end()));
      LengthRatios.Letters letters = LengthRatios.compared(source, segment.source(), segmentText);
      int sourceLetters = letters.source();
      int targetLetters = letters.target();
      if (sourceLetters < LengthRatios.minSourceLetters(source)) {
        continue;
      }
      int at = from + segmentText.stripTrailing().length();
      if (range.get().tooShort(sourceLetters, targetLetters)) {
        out.add(new Outlier(segment, at, false, sourceLetters, targetLetters));
      } else if (range.get().tooLong(sourceLetters, targetLetters)) {
        out.add(new Outlier(segment, at, true, sourceLetters, targetLetters));
      }
    }
    return out;
  }

  /** The start of a source, for quoting it in a message. */
  static String quote(String source) {
    String oneLine = source.strip().replaceAll("\\s+", " ");
    return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 57) + "...";
  }
}
