package io.tqc.read.bilingual;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** The StAX set-up the XLIFF and TMX readers share, safe against hostile XML. */
final class XmlEvents {
  private XmlEvents() {}

  /**
   * A reader that resolves no DTD and no external entity: a bilingual file needs neither, and
   * both are the ways XML reaches outside the file or expands without end. The JDK's own
   * factory, whatever other StAX implementation the class path brings.
   */
  static XMLStreamReader open(InputStream in) throws XMLStreamException {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLInputFactory.IS_COALESCING, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory.createXMLStreamReader(in);
  }

  /** Skips from a start tag to its end tag, leaving the reader on the end tag. */
  static void skipElement(XMLStreamReader xml, NestingGuard guard) throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        guard.enter(xml);
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        guard.leave();
        depth--;
      }
    }
  }

  /** A read error naming what went wrong and where. */
  static DocumentReadException error(String format, XMLStreamException e, ReadLimits limits) {
    if (e instanceof NestingGuard.TooDeep) {
      return new DocumentReadException("the " + format + " file nests elements deeper than "
          + limits.maxNestingDepth() + " (--max-nesting-depth)", e);
    }
    String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNumber()
        + ", column " + e.getLocation().getColumnNumber();
    String message = e.getMessage() == null ? e.toString() : e.getMessage();
    // the JDK prefixes "ParseError at [row,col]:[..]\nMessage: "; keep the message
    int cut = message.indexOf("Message: ");
    return new DocumentReadException("not a well-formed " + format + " file" + where + ": "
        + (cut >= 0 ? message.substring(cut + 9) : message).strip(), e);
  }

  /** Turns an XML event stream into a document; the stream is opened and closed for it. */
  interface Body {
    Document read(XMLStreamReader xml) throws XMLStreamException, DocumentReadException;
  }

  /**
   * Reads a file of an XML format with {@code body}, turning XML and I/O failures into read
   * errors that name the format.
   */
  static Document read(Path path, String format, ReadLimits limits, Body body)
      throws DocumentReadException {
    try (InputStream in = Files.newInputStream(path)) {
      XMLStreamReader xml = open(in);
      try {
        return body.read(xml);
      } finally {
        xml.close();
      }
    } catch (XMLStreamException e) {
      throw error(format, e, limits);
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the file: " + e.getMessage(), e);
    }
  }
}
