package io.tqc.read.bilingual;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.ReadLimits;
import io.tqc.read.Segmentation;
import io.tqc.read.bilingual.SegmentedText.Content;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads XLIFF 1.2 and 2.0 (and 1.1, which 1.2 extends): each unit's target becomes one line of
 * the document, with the unit's source beside it. The segment id is the {@code trans-unit} or
 * {@code unit} id; a 2.0 unit of several segments gives {@code UNIT/SEGMENT} ids (the segment's
 * id, or its 1-based number in the unit). Units marked {@code translate="no"} are left out:
 * their target is meant to equal their source.
 */
public final class XliffReader {
  static final String NS_2 = "urn:oasis:names:tc:xliff:document:2.0";

  private final ReadLimits limits;

  public XliffReader(ReadLimits limits) {
    this.limits = limits;
  }

  public Document read(Path path, String displayName) throws DocumentReadException {
    return XmlEvents.read(path, "XLIFF", limits, xml -> read(xml, displayName));
  }

  private Document read(XMLStreamReader xml, String displayName)
      throws XMLStreamException, DocumentReadException {
    NestingGuard guard = new NestingGuard(limits.maxNestingDepth());
    SegmentedText text = new SegmentedText();
    String version = "";
    String sourceLanguage = "";
    String targetLanguage = "";
    String unitId = null;
    boolean translatable = true;
    List<String> segmentIds = new ArrayList<>();
    List<Content[]> pairs = new ArrayList<>();
    Content source = null;
    Content target = null;
    String segmentId = "";
    int missingTargets = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        guard.enter(xml);
        String name = xml.getLocalName();
        boolean v2 = NS_2.equals(xml.getNamespaceURI());
        switch (name) {
          case "xliff" -> {
            version = v2 ? "2.0" : attr(xml, "version", "1.2");
            if (v2) {
              sourceLanguage = attr(xml, "srcLang", "");
              targetLanguage = attr(xml, "trgLang", "");
            } else if (!version.startsWith("1.")) {
              throw new DocumentReadException("XLIFF version " + version
                  + " is not supported (1.2 and 2.0 are)");
            }
          }
          case "file" -> {
            if (!v2) {
              sourceLanguage = attr(xml, "source-language", sourceLanguage);
              if (targetLanguage.isEmpty()) {
                targetLanguage = attr(xml, "target-language", "");
              }
            }
          }
          case "trans-unit", "unit" -> {
            unitId = attr(xml, "id", Integer.toString(text.size() + 1));
            translatable = !"no".equals(attr(xml, "translate", "yes"));
            segmentIds.clear();
            pairs.clear();
            source = null;
            target = null;
            segmentId = "";
          }
          case "segment" -> {
            segmentId = attr(xml, "id", "");
            source = null;
            target = null;
          }
          case "source" -> {
            source = inline(v2).read(xml, guard);
            guard.leave();
          }
          case "target" -> {
            target = inline(v2).read(xml, guard);
            guard.leave();
          }
          case "body", "group", "header" -> { }
          default -> {
            // alt-trans, seg-source, notes, originalData, metadata: not the unit's text
            XmlEvents.skipElement(xml, guard);
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        guard.leave();
        String name = xml.getLocalName();
        if (name.equals("segment") || (name.equals("trans-unit") && source != null)) {
          segmentIds.add(segmentId);
          pairs.add(new Content[] {source, target});
        }
        if ((name.equals("trans-unit") || name.equals("unit")) && translatable) {
          for (int i = 0; i < pairs.size(); i++) {
            Content[] pair = pairs.get(i);
            String id = pairs.size() == 1 ? unitId : unitId + "/"
                + (segmentIds.get(i).isEmpty() ? Integer.toString(i + 1) : segmentIds.get(i));
            if (pair[1] == null) {
              missingTargets++;
            }
            text.add(id, pair[1] == null ? Content.EMPTY : pair[1],
                pair[0] == null ? Content.EMPTY : pair[0], sourceLanguage);
            if (text.length() > limits.maxTextChars()) {
              throw new DocumentReadException("the extracted text is longer than "
                  + limits.maxTextChars() + " characters (--max-text-chars)");
            }
          }
          pairs.clear();
          segmentIds.clear();
        }
      }
    }
    if (version.isEmpty()) {
      throw new DocumentReadException("not an XLIFF file: the root element is not <xliff>");
    }
    String note = "XLIFF " + version + ": " + text.size() + (text.size() == 1 ? " segment"
        : " segments") + (missingTargets > 0 ? ", " + missingTargets + " without a target" : "");
    String type = version.startsWith("2") ? "application/xliff+xml" : "application/x-xliff+xml";
    return Document.of(displayName, text.text(), type, "", false)
        .withSegmentation(new Segmentation(text.segments(), targetLanguage, note));
  }

  private static InlineContentReader inline(boolean v2) {
    return v2 ? InlineContentReader.XLIFF_2 : InlineContentReader.XLIFF_1;
  }

  private static String attr(XMLStreamReader xml, String name, String fallback) {
    String value = xml.getAttributeValue(null, name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
