package io.tqc.read.bilingual;

import io.tqc.read.InlineCode;
import io.tqc.read.InlineCode.Kind;
import io.tqc.read.bilingual.SegmentedText.Content;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the content of one {@code <source>}, {@code <target>} or {@code <seg>} element: its
 * text, and its inline codes as {@link InlineCode}s at the places they stood. The three
 * vocabularies differ in which elements hold native code (whose text is markup, not words) and
 * which wrap text.
 */
enum InlineContentReader {
  /** XLIFF 1.2 (and 1.1). */
  XLIFF_1(Map.of("bpt", Kind.OPENING, "ept", Kind.CLOSING, "ph", Kind.STANDALONE,
      "it", Kind.STANDALONE),
      Map.of("x", Kind.STANDALONE, "bx", Kind.OPENING, "ex", Kind.CLOSING),
      Set.of("g"), Set.of("mrk")),
  /** XLIFF 2.0: codes are empty or wrap text; the native data sits in originalData. */
  XLIFF_2(Map.of(),
      Map.of("ph", Kind.STANDALONE, "sc", Kind.OPENING, "ec", Kind.CLOSING),
      Set.of("pc"), Set.of("mrk")),
  /** TMX 1.4. */
  TMX(Map.of("bpt", Kind.OPENING, "ept", Kind.CLOSING, "ph", Kind.STANDALONE,
      "it", Kind.STANDALONE, "ut", Kind.STANDALONE),
      Map.of(), Set.of(), Set.of("hi"));

  /** Elements whose text is the native code they stand for. */
  private final Map<String, Kind> nativeCodes;
  /** Empty elements that mark a code. */
  private final Map<String, Kind> emptyCodes;
  /** Elements that are a pair of codes around text ({@code <g>}, {@code <pc>}). */
  private final Set<String> wrappingCodes;
  /** Elements around text that are no code at all (annotations, highlights). */
  private final Set<String> annotations;

  InlineContentReader(Map<String, Kind> nativeCodes, Map<String, Kind> emptyCodes,
      Set<String> wrappingCodes, Set<String> annotations) {
    this.nativeCodes = nativeCodes;
    this.emptyCodes = emptyCodes;
    this.wrappingCodes = wrappingCodes;
    this.annotations = annotations;
  }

  /**
   * Reads from just after the start tag of the element to its end tag, and leaves the reader
   * on that end tag.
   */
  Content read(XMLStreamReader xml, NestingGuard guard) throws XMLStreamException {
    StringBuilder text = new StringBuilder();
    List<InlineCode> codes = new ArrayList<>();
    int depth = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        String chars = xml.getText();
        // "You have <x/> new": without the code one space is enough, or LanguageTool flags two
        boolean afterCode = !codes.isEmpty()
            && codes.get(codes.size() - 1).offset() == text.codePointCount(0, text.length());
        if (afterCode && !text.isEmpty() && text.charAt(text.length() - 1) == ' ') {
          chars = chars.replaceFirst("^ +", "");
          if (!chars.isEmpty() && ",.;:!?)".indexOf(chars.charAt(0)) >= 0) {
            // "Sie <ph/>, um": no space before the comma either; the codes move back with it
            int end = text.codePointCount(0, text.length());
            text.setLength(text.length() - 1);
            codes.replaceAll(code -> code.offset() == end ? new InlineCode(code.kind(),
                code.element(), code.id(), end - 1, code.data()) : code);
          }
        }
        text.append(chars);
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        guard.enter(xml);
        String name = xml.getLocalName();
        int offset = text.codePointCount(0, text.length());
        if (nativeCodes.containsKey(name)) {
          Kind kind = nativeCodes.get(name);
          if (name.equals("it")) {
            String pos = attribute(xml, "pos");
            kind = pos.equals("open") || pos.equals("begin") ? Kind.OPENING : Kind.CLOSING;
          }
          // XLIFF names codes by id, TMX pairs bpt/ept by i and numbers the rest by x
          String id = firstOf(attribute(xml, "id"), attribute(xml, "i"), attribute(xml, "x"));
          codes.add(new InlineCode(kind, name, id, offset, nativeData(xml, guard)));
          guard.leave();
        } else if (emptyCodes.containsKey(name)) {
          String id = attribute(xml, "id").isEmpty() ? attribute(xml, "rid")
              : attribute(xml, "id");
          codes.add(new InlineCode(emptyCodes.get(name), name, id, offset, ""));
          XmlEvents.skipElement(xml, guard);
        } else if (wrappingCodes.contains(name)) {
          String id = attribute(xml, "id");
          codes.add(new InlineCode(Kind.OPENING, name, id, offset, ""));
          Content inner = read(xml, guard);
          guard.leave();
          int base = offset;
          text.append(inner.text());
          for (InlineCode code : inner.codes()) {
            codes.add(new InlineCode(code.kind(), code.element(), code.id(),
                base + code.offset(), code.data()));
          }
          codes.add(new InlineCode(Kind.CLOSING, name, id,
              text.codePointCount(0, text.length()), ""));
        } else if (name.equals("cp") && this == XLIFF_2) {
          text.appendCodePoint(Integer.parseInt(attribute(xml, "hex"), 16));
          XmlEvents.skipElement(xml, guard);
        } else if (annotations.contains(name)) {
          depth++;
        } else {
          // sub-flows, markers and foreign elements carry no words of this segment
          XmlEvents.skipElement(xml, guard);
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (depth == 0) {
          return new Content(text.toString(), codes);
        }
        depth--;
        guard.leave();
      } else if (event == XMLStreamConstants.END_DOCUMENT) {
        throw new XMLStreamException("the file ends inside a segment");
      }
    }
  }

  /** The text of a native-code element, without its sub-flows; leaves the reader on its end. */
  private static String nativeData(XMLStreamReader xml, NestingGuard guard)
      throws XMLStreamException {
    StringBuilder data = new StringBuilder();
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
          || event == XMLStreamConstants.SPACE) {
        data.append(xml.getText());
      } else if (event == XMLStreamConstants.START_ELEMENT) {
        guard.enter(xml);
        XmlEvents.skipElement(xml, guard);
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        return data.toString();
      }
    }
  }

  private static String firstOf(String... values) {
    for (String value : values) {
      if (!value.isEmpty()) {
        return value;
      }
    }
    return "";
  }

  static String attribute(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value;
  }
}
