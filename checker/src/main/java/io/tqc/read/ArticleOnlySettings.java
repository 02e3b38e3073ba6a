package io.tqc.read;

import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.microsoft.OfficeParserConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;

/**
 * Tika's own switches that keep out text a reader of the article does not read: the text of
 * a document as it reads with its tracked changes accepted, without comments, notes, running
 * headers and footers, or a PDF's outline.
 */
final class ArticleOnlySettings {
  private ArticleOnlySettings() {}

  /** A fresh context for one parse: Tika's config objects are not meant to be shared. */
  static ParseContext newContext() {
    ParseContext context = new ParseContext();
    context.set(OfficeParserConfig.class, office());
    context.set(PDFParserConfig.class, pdf());
    return context;
  }

  private static OfficeParserConfig office() {
    OfficeParserConfig config = new OfficeParserConfig();
    // Only the streaming .docx extractor leaves out deleted text; the default one writes
    // "Teh" before "The" when an editor's change replaced it.
    config.setUseSAXDocxExtractor(true);
    config.setIncludeDeletedContent(false);
    // Moved text is written where it went (w:moveTo); its old place would repeat it.
    config.setIncludeMoveFromContent(false);
    config.setIncludeHeadersAndFooters(false);
    config.setIncludeSlideNotes(false);
    return config;
  }

  private static PDFParserConfig pdf() {
    PDFParserConfig config = new PDFParserConfig();
    // The outline repeats the headings after the last page.
    config.setExtractBookmarksText(false);
    // Sticky notes and other annotations comment on a page; they are not part of it.
    config.setExtractAnnotationText(false);
    // A tagged PDF (Word's export, LibreOffice's with tags) says what is a heading, a
    // paragraph, or a page artifact (running header, footer, page number); see
    // ParagraphTextHandler for how its structure tree is used.
    config.setExtractMarkedContent(true);
    return config;
  }
}
