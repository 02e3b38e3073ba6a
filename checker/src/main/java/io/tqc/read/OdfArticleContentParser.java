package io.tqc.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import javax.xml.transform.TransformerConfigurationException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.sax.SAXTransformerFactory;
import javax.xml.transform.sax.TransformerHandler;
import javax.xml.transform.stream.StreamResult;
import org.apache.commons.io.input.CloseShieldInputStream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.odf.OpenDocumentContentParser;
import org.apache.tika.sax.BodyContentHandler;
import org.apache.tika.sax.EmbeddedContentHandler;
import org.apache.tika.utils.XMLReaderUtils;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.XMLFilterImpl;

/**
 * Reads the content.xml and styles.xml of an OpenDocument file as Tika does, but without what
 * is not article text. Tika's ODF parser writes the deleted text of tracked changes (kept in a
 * list at the start of the body), comments and the page headers and footers of styles.xml as
 * plain paragraphs, indistinguishable from the article; so they are cut from the XML before
 * Tika sees it.
 */
final class OdfArticleContentParser implements Parser {
  private static final String OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
  private static final String TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
  private static final String PRESENTATION =
      "urn:oasis:names:tc:opendocument:xmlns:presentation:1.0";

  private final OpenDocumentContentParser tika = new OpenDocumentContentParser();

  @Override
  public Set<MediaType> getSupportedTypes(ParseContext context) {
    return tika.getSupportedTypes(context);
  }

  @Override
  public void parse(InputStream stream, ContentHandler handler, Metadata metadata,
      ParseContext context) throws IOException, SAXException, TikaException {
    ByteArrayOutputStream article = new ByteArrayOutputStream();
    TransformerHandler serializer;
    try {
      serializer = ((SAXTransformerFactory) TransformerFactory.newInstance())
          .newTransformerHandler();
    } catch (TransformerConfigurationException e) {
      throw new TikaException("no XML serializer", e);
    }
    serializer.setResult(new StreamResult(article));
    XMLReaderUtils.parseSAX(CloseShieldInputStream.wrap(stream), new NonArticleDropper(serializer),
        context);
    // Tika's parser writes a whole XHTML document; only its body belongs in the one being built.
    tika.parse(new ByteArrayInputStream(article.toByteArray()),
        new EmbeddedContentHandler(new BodyContentHandler(handler)), metadata, context);
  }

  /** Passes the XML through except the elements that hold no article text, with all inside. */
  private static final class NonArticleDropper extends XMLFilterImpl {
    private int droppedDepth;

    NonArticleDropper(ContentHandler next) {
      setContentHandler(next);
    }

    private static boolean isNonArticle(String uri, String localName) {
      return TEXT.equals(uri) && localName.equals("tracked-changes")
          || OFFICE.equals(uri) && (localName.equals("annotation")
              || localName.equals("master-styles"))
          || PRESENTATION.equals(uri) && localName.equals("notes");
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts)
        throws SAXException {
      if (droppedDepth > 0 || isNonArticle(uri, localName)) {
        droppedDepth++;
        return;
      }
      super.startElement(uri, localName, qName, atts);
    }

    @Override
    public void endElement(String uri, String localName, String qName) throws SAXException {
      if (droppedDepth > 0) {
        droppedDepth--;
        return;
      }
      super.endElement(uri, localName, qName);
    }

    @Override
    public void characters(char[] ch, int start, int length) throws SAXException {
      if (droppedDepth == 0) {
        super.characters(ch, start, length);
      }
    }

    @Override
    public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
      if (droppedDepth == 0) {
        super.ignorableWhitespace(ch, start, length);
      }
    }
  }
}
