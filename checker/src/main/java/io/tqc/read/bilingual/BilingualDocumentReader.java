package io.tqc.read.bilingual;

import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.DocumentReader;
import io.tqc.read.DocumentSegment;
import io.tqc.read.ReadLimits;
import io.tqc.read.Segmentation;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads every input that can carry a source: XLIFF and TMX files, bilingual CSV/TSV tables, and
 * targets paired with a source file by {@code --source}. Everything else goes to the
 * monolingual reader as before.
 */
public final class BilingualDocumentReader implements DocumentReader {
  public static final String AUTO = "auto";

  private final DocumentReader monolingual;
  private final XliffReader xliff;
  private final TmxReader tmx;
  private final BilingualTableReader tables;
  private final SourcePairing pairing;
  private final String sourceLanguage;

  /**
   * @param monolingual reads targets and sources of paired files, and every other file
   * @param sourceLanguage the source language for every segment, or {@code auto}: the one an
   *     XLIFF or TMX file declares, none for paired files and tables
   */
  public BilingualDocumentReader(DocumentReader monolingual, ReadLimits limits,
      SourcePairing pairing, String sourceLanguage) {
    this.monolingual = monolingual;
    this.xliff = new XliffReader(limits);
    this.tmx = new TmxReader(limits);
    this.tables = new BilingualTableReader(limits);
    this.pairing = pairing;
    this.sourceLanguage = sourceLanguage;
  }

  @Override
  public Document read(Path path, String displayName) throws DocumentReadException {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    Document document = null;
    if (name.endsWith(".xlf") || name.endsWith(".xliff")) {
      document = xliff.read(path, displayName);
    } else if (name.endsWith(".tmx")) {
      document = tmx.read(path, displayName);
    } else if (name.endsWith(".csv") || name.endsWith(".tsv")) {
      document = tables.read(path, displayName);
    }
    if (document == null) {
      document = pairing.active() ? readPaired(path, displayName)
          : monolingual.read(path, displayName);
    }
    return AUTO.equals(sourceLanguage) ? document : withSourceLanguage(document);
  }

  private Document readPaired(Path path, String displayName) throws DocumentReadException {
    Document target = monolingual.read(path, displayName);
    SourcePairing.Match match = pairing.match(path);
    if (match.problem() != null) {
      throw new DocumentReadException("no source: " + match.problem());
    }
    if (match.source() == null) {
      return target.withSegmentation(Segmentation.noted("no source file (looked for "
          + match.lookedFor() + "): checked without a source"));
    }
    Document source;
    try {
      source = monolingual.read(match.source(), match.source().toString());
    } catch (DocumentReadException e) {
      throw new DocumentReadException("its source " + match.source() + " could not be read: "
          + e.getMessage(), e);
    }
    SegmentAligner.Alignment alignment = SegmentAligner.align(source.text(), target.text(),
        "");
    return target.withSegmentation(new Segmentation(alignment.segments(), "",
        "source " + match.source() + ": " + alignment.description()));
  }

  private Document withSourceLanguage(Document document) {
    Segmentation old = document.segmentation();
    if (old.segments().isEmpty()) {
      return document;
    }
    return document.withSegmentation(new Segmentation(old.segments().stream()
        .map(s -> new DocumentSegment(s.id(), s.start(), s.end(), s.source(), sourceLanguage,
            s.sourceCodes(), s.targetCodes()))
        .toList(), old.targetLanguage(), old.note()));
  }
}
