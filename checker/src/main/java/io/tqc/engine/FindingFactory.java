package io.tqc.engine;

import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import java.util.List;

/**
 * Builds findings for one document from UTF-16 spans, filling in position, text and context,
 * and for bilingual input the segment the finding starts in and its source.
 */
public final class FindingFactory {
  private static final int CONTEXT_CHARS = 40;

  private final Document document;
  private final String language;

  public FindingFactory(Document document, String language) {
    this.document = document;
    this.language = language;
  }

  public Document document() {
    return document;
  }

  public String language() {
    return language;
  }

  /**
   * A finding on the UTF-16 span {@code [from, to)} of the document text.
   */
  public Finding create(int from, int to, String ruleId, String ruleSource, Category category,
      Severity severity, String message, List<String> suggestions) {
    String text = document.text();
    TextIndex index = document.index();
    int start = index.toCodePoint(from);
    int end = index.toCodePoint(to);
    DocumentSegment segment = document.segmentation().at(start);
    return new Finding(document.file(), language, index.line(start), index.column(start), start,
        end, ruleId, ruleSource, category, severity, message, suggestions,
        text.substring(from, to), context(text, from, to),
        segment == null ? "" : segment.id(), segment == null ? "" : segment.source());
  }

  private static String context(String text, int from, int to) {
    int left = Math.max(0, from - CONTEXT_CHARS);
    int right = Math.min(text.length(), to + CONTEXT_CHARS);
    if (left > 0 && Character.isLowSurrogate(text.charAt(left))) {
      left--;
    }
    if (right < text.length() && Character.isLowSurrogate(text.charAt(right))) {
      right++;
    }
    return text.substring(left, right).replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
  }
}
