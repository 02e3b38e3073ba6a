package io.tqc.read.bilingual;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.ReadLimits;
import io.tqc.read.Segmentation;
import io.tqc.read.bilingual.SegmentedText.Content;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TMX: each translation unit's target variant becomes one line of the document, with its
 * source variant beside it. The source is the variant in the header's {@code srclang} (the first
 * variant when it is {@code *all*} or absent); the target is the first variant in another
 * language. The segment id is the unit's {@code tuid}, or its 1-based number in the file.
 */
public final class TmxReader {
  private final ReadLimits limits;

  public TmxReader(ReadLimits limits) {
    this.limits = limits;
  }

  public Document read(Path path, String displayName) throws DocumentReadException {
    return XmlEvents.read(path, "TMX", limits, xml -> read(xml, displayName));
  }

  private Document read(XMLStreamReader xml, String displayName)
      throws XMLStreamException, DocumentReadException {
    NestingGuard guard = new NestingGuard(limits.maxNestingDepth());
    SegmentedText text = new SegmentedText();
    boolean tmx = false;
    String sourceLanguage = "";
    String targetLanguage = "";
    int units = 0;
    int withoutTarget = 0;
    String tuid = "";
    String variantLanguage = "";
    // variants of the current unit in file order: language -> content
    Map<String, Content> variants = new LinkedHashMap<>();
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        guard.enter(xml);
        switch (xml.getLocalName()) {
          case "tmx" -> tmx = true;
          case "header" -> {
            String srclang = attr(xml, "srclang");
            sourceLanguage = srclang.equalsIgnoreCase("*all*") ? "" : srclang;
            XmlEvents.skipElement(xml, guard);
          }
          case "body" -> { }
          case "tu" -> {
            units++;
            tuid = attr(xml, "tuid");
            if (tuid.isEmpty()) {
              tuid = Integer.toString(units);
            }
            variants.clear();
          }
          case "tuv" -> {
            variantLanguage = xml.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
            if (variantLanguage == null) {
              variantLanguage = attr(xml, "lang"); // TMX 1.1
            }
          }
          case "seg" -> {
            variants.putIfAbsent(variantLanguage, InlineContentReader.TMX.read(xml, guard));
            guard.leave();
          }
          default -> XmlEvents.skipElement(xml, guard); // prop, note, unknown
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        guard.leave();
        if (xml.getLocalName().equals("tu") && !variants.isEmpty()) {
          String source = sourceOf(variants, sourceLanguage);
          String target = variants.keySet().stream().filter(l -> !l.equals(source))
              .findFirst().orElse(null);
          if (targetLanguage.isEmpty() && target != null) {
            targetLanguage = target;
          }
          if (target == null) {
            withoutTarget++;
          }
          text.add(tuid, target == null ? Content.EMPTY : variants.get(target),
              variants.get(source), source);
          if (text.length() > limits.maxTextChars()) {
            throw new DocumentReadException("the extracted text is longer than "
                + limits.maxTextChars() + " characters (--max-text-chars)");
          }
        }
      }
    }
    if (!tmx) {
      throw new DocumentReadException("not a TMX file: the root element is not <tmx>");
    }
    String note = "TMX: " + text.size() + (text.size() == 1 ? " unit" : " units")
        + (withoutTarget > 0 ? ", " + withoutTarget + " without a target" : "");
    return Document.of(displayName, text.text(), "application/x-tmx+xml", "", false)
        .withSegmentation(new Segmentation(text.segments(), targetLanguage, note));
  }

  /** The variant in the source language (same language, any region), else the first. */
  private static String sourceOf(Map<String, Content> variants, String sourceLanguage) {
    String wanted = primary(sourceLanguage);
    for (String language : variants.keySet()) {
      if (language.equalsIgnoreCase(sourceLanguage)) {
        return language;
      }
    }
    for (String language : variants.keySet()) {
      if (!wanted.isEmpty() && primary(language).equals(wanted)) {
        return language;
      }
    }
    return variants.keySet().iterator().next();
  }

  private static String primary(String language) {
    return language.split("[-_]")[0].toLowerCase(Locale.ROOT);
  }

  private static String attr(XMLStreamReader xml, String name) {
    String value = xml.getAttributeValue(null, name);
    return value == null ? "" : value.strip();
  }
}
