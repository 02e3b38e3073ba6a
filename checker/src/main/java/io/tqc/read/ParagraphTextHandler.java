package io.tqc.read;

import java.util.Locale;
import java.util.Set;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Collects the text of Tika's XHTML output as paragraphs separated by blank lines. Line breaks
 * inside a block (PDF line wrapping, {@code <br>}) become spaces, so a sentence wrapped across
 * lines is still one sentence for the checker.
 *
 * <p>For a tagged PDF Tika writes the text its structure tree holds (headings and paragraphs as
 * the author made them) in a {@code <div class="document">}, and after it whatever the tree
 * does not hold: running headers, footers and page numbers, which PDF marks as artifacts. When
 * the tree holds most of the text, it alone is the article.
 */
final class ParagraphTextHandler extends DefaultHandler {
  private static final Set<String> BLOCKS = Set.of(
      "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "td", "th", "tr",
      "blockquote", "pre", "table", "ul", "ol", "section", "article", "header", "footer",
      "caption", "figcaption", "title", "body");
  private static final Set<String> SKIPPED = Set.of("script", "style");

  /** Thrown when the extracted text grows past its limit, to stop the parser early. */
  static final class TextLimitReached extends SAXException {
    TextLimitReached() {
      super("text limit reached");
    }
  }

  /** Thrown when extraction runs past its deadline, to stop the parser at its next event. */
  static final class TimeLimitReached extends SAXException {
    TimeLimitReached() {
      super("time limit reached");
    }
  }

  private final int maxChars;
  private final long deadlineNanos;
  private final StringBuilder text = new StringBuilder();
  private final StringBuilder block = new StringBuilder();
  private final boolean pdf;
  private int skippedDepth;
  /** Where the text of a tagged PDF's structure tree starts and ends in {@link #text}. */
  private int treeStart = -1;
  private int treeEnd = -1;
  private int treeDepth;

  /**
   * @param pdf whether the XHTML comes from a PDF, whose structure tree, when it has one, is
   *     the article
   */
  ParagraphTextHandler(int maxChars, long deadlineNanos, boolean pdf) {
    this.maxChars = maxChars;
    this.deadlineNanos = deadlineNanos;
    this.pdf = pdf;
  }

  private void checkDeadline() throws TimeLimitReached {
    if (System.nanoTime() > deadlineNanos) {
      throw new TimeLimitReached();
    }
  }

  @Override
  public void startElement(String uri, String localName, String qName,
      org.xml.sax.Attributes atts) throws SAXException {
    checkDeadline();
    String name = name(localName, qName);
    if (pdf && name.equals("div")) {
      if (treeDepth > 0) {
        treeDepth++;
      } else if (treeStart < 0 && "document".equals(atts.getValue("class"))) {
        flush();
        treeStart = text.length();
        treeDepth = 1;
      }
    }
    if (SKIPPED.contains(name)) {
      skippedDepth++;
    } else if (BLOCKS.contains(name)) {
      flush();
    } else if (name.equals("br")) {
      block.append(' ');
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) {
    String name = name(localName, qName);
    if (treeDepth > 0 && name.equals("div") && --treeDepth == 0) {
      flush();
      treeEnd = text.length();
    }
    if (SKIPPED.contains(name)) {
      skippedDepth = Math.max(0, skippedDepth - 1);
    } else if (BLOCKS.contains(name)) {
      flush();
    }
  }

  @Override
  public void characters(char[] ch, int start, int length) throws SAXException {
    if (skippedDepth > 0) {
      return;
    }
    checkDeadline();
    if (block.length() + text.length() + length > maxChars) {
      throw new TextLimitReached();
    }
    block.append(ch, start, length);
  }

  @Override
  public void ignorableWhitespace(char[] ch, int start, int length) {
    block.append(' ');
  }

  @Override
  public void endDocument() {
    flush();
  }

  String text() {
    flush();
    if (treeEnd >= 0) {
      String tree = text.substring(treeStart, treeEnd).strip();
      int treeLetters = letters(tree);
      int outsideLetters = letters(text) - treeLetters;
      // A tree that misses most of the text is not a tagging of the whole article.
      if (treeLetters > outsideLetters) {
        return tree;
      }
    }
    return text.toString();
  }

  private static int letters(CharSequence chars) {
    return (int) chars.codePoints().filter(Character::isLetter).count();
  }

  private void flush() {
    // A blank line inside one block (LibreOffice's preformatted text, plain-text-like HTML)
    // still separates paragraphs; a single line break is only wrapping.
    for (String paragraph : block.toString().split("\\n[ \\t\\r\\f]*\\n")) {
      String collapsed = collapseWhitespace(paragraph);
      if (collapsed.isEmpty()) {
        continue;
      }
      if (text.length() > 0) {
        text.append("\n\n");
      }
      text.append(collapsed);
    }
    block.setLength(0);
  }

  private static String collapseWhitespace(CharSequence raw) {
    StringBuilder out = new StringBuilder(raw.length());
    boolean space = false;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String name(String localName, String qName) {
    String name = localName == null || localName.isEmpty() ? qName : localName;
    return name.toLowerCase(Locale.ROOT);
  }
}
