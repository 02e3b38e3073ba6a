package io.tqc.source;

import io.tqc.engine.CheckContext;
import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.List;

/** The segments of a document that have a source and a target, read once per document. */
public final class TranslationPairs {
  private static final Object KEY = new Object();

  private TranslationPairs() {}

  /** The pairs of the context's document, shared by every source-aware rule. */
  public static List<TranslationPair> of(CheckContext context) {
    return context.derived(KEY, () -> read(context));
  }

  private static List<TranslationPair> read(CheckContext context) {
    List<DocumentSegment> segments = context.document().segmentation().segments();
    if (segments.isEmpty()) {
      return List.of();
    }
    String text = context.text();
    TextIndex index = context.document().index();
    String targetLanguage = TranslationPair.base(context.findings().language());
    String documentSourceLanguage = null;
    List<TranslationPair> pairs = new ArrayList<>();
    for (DocumentSegment segment : segments) {
      if (!segment.hasSource() || segment.start() == segment.end()
          || segment.source().isBlank()) {
        continue;
      }
      String sourceLanguage = TranslationPair.base(segment.sourceLanguage());
      if (sourceLanguage.isEmpty() || sourceLanguage.equals("auto")) {
        if (documentSourceLanguage == null) {
          documentSourceLanguage = SourceLanguageGuess.of(segments);
        }
        sourceLanguage = documentSourceLanguage;
      }
      int from = index.toUtf16(segment.start());
      int to = index.toUtf16(segment.end());
      pairs.add(new TranslationPair(segment, text.substring(from, to), from, sourceLanguage,
          targetLanguage));
    }
    return List.copyOf(pairs);
  }
}
