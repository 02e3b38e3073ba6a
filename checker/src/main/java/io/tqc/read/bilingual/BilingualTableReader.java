package io.tqc.read.bilingual;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;
import io.tqc.read.Document;
import io.tqc.read.DocumentReadException;
import io.tqc.read.ReadLimits;
import io.tqc.read.Segmentation;
import io.tqc.read.bilingual.SegmentedText.Content;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a CSV or TSV table whose header names a {@code source} and a {@code target} column (what
 * CAT tools export): each row's target becomes one line of the document, with the row's source
 * beside it. The segment id is the row number as a spreadsheet shows it (the header is row 1).
 * A table without those columns is no bilingual table, and is read as any other file.
 */
public final class BilingualTableReader {
  private final ReadLimits limits;

  public BilingualTableReader(ReadLimits limits) {
    this.limits = limits;
  }

  /** The document, or null when the file is not a bilingual table. */
  public Document read(Path path, String displayName) throws DocumentReadException {
    boolean tsv = path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
    String content = decode(path);
    CSVReader csv = new CSVReaderBuilder(new StringReader(content))
        .withCSVParser(tsv
            ? new CSVParserBuilder().withSeparator('\t').withIgnoreQuotations(true).build()
            : new CSVParserBuilder().build())
        .build();
    try (csv) {
      String[] header = csv.readNext();
      int source = header == null ? -1 : column(header, "source");
      int target = header == null ? -1 : column(header, "target");
      if (source < 0 || target < 0) {
        return null;
      }
      SegmentedText text = new SegmentedText();
      int row = 1;
      for (String[] cells = csv.readNext(); cells != null; cells = csv.readNext()) {
        row++;
        if (cells.length == 1 && cells[0].isBlank()) {
          continue;
        }
        text.add(Integer.toString(row), Content.of(cell(cells, target)),
            Content.of(cell(cells, source)), "");
        if (text.length() > limits.maxTextChars()) {
          throw new DocumentReadException("the extracted text is longer than "
              + limits.maxTextChars() + " characters (--max-text-chars)");
        }
      }
      String note = (tsv ? "TSV" : "CSV") + " table: " + text.size()
          + (text.size() == 1 ? " row" : " rows");
      return Document.of(displayName, text.text(), tsv ? "text/tab-separated-values"
          : "text/csv", "", false).withSegmentation(new Segmentation(text.segments(), "", note));
    } catch (CsvException e) {
      throw new DocumentReadException("not a well-formed table at line " + e.getLineNumber()
          + ": " + e.getMessage(), e);
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the table: " + e.getMessage(), e);
    }
  }

  private String decode(Path path) throws DocumentReadException {
    try {
      if (Files.size(path) > 4L * limits.maxTextChars()) {
        throw new DocumentReadException("the extracted text is longer than "
            + limits.maxTextChars() + " characters (--max-text-chars)");
      }
      byte[] bytes = Files.readAllBytes(path);
      String text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text;
    } catch (CharacterCodingException e) {
      throw new DocumentReadException("the table is not UTF-8 text; save it as UTF-8", e);
    } catch (IOException e) {
      throw new DocumentReadException("cannot read the file: " + e.getMessage(), e);
    }
  }

  private static int column(String[] header, String name) {
    for (int i = 0; i < header.length; i++) {
      if (header[i].strip().equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  private static String cell(String[] cells, int index) {
    return index < cells.length ? cells[index].strip() : "";
  }
}
