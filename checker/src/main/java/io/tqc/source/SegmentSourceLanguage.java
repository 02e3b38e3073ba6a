package io.tqc.source;

import io.tqc.engine.CheckContext;
import io.tqc.engine.LanguageCodes;
import io.tqc.engine.LanguageIdentification;
import io.tqc.read.DocumentSegment;
import java.lang.Character.UnicodeScript;
import java.util.stream.Collectors;
import org.languagetool.DetectedLanguage;

/**
 * The base language of a segment's source: the one the file or --source-lang names, else (for
 * paired plain files) Chinese when the source is mostly Chinese characters, else the language
 * LanguageTool identifies in the document's sources together.
 */
final class SegmentSourceLanguage {
  private SegmentSourceLanguage() {}

  static String of(DocumentSegment segment, CheckContext context) {
    if (!segment.sourceLanguage().isEmpty()) {
      return LanguageCodes.base(segment.sourceLanguage());
    }
    long letters = segment.source().codePoints().filter(Character::isLetter).count();
    long han = segment.source().codePoints()
        .filter(cp -> UnicodeScript.of(cp) == UnicodeScript.HAN).count();
    if (letters > 0 && 2 * han >= letters) {
      return "zh";
    }
    return context.derived(SegmentSourceLanguage.class, () -> identify(context));
  }

  private static String identify(CheckContext context) {
    String sources = context.document().segmentation().segments().stream()
        .filter(DocumentSegment::hasSource).map(DocumentSegment::source)
        .collect(Collectors.joining("\n"));
    DetectedLanguage detected = LanguageIdentification.detect(sources);
    return detected == null ? "" : LanguageCodes.base(detected.getDetectedLanguage()
        .getShortCodeWithCountryAndVariant());
  }
}
