package io.tqc.spark;

import io.tqc.engine.DocumentResult;
import io.tqc.read.Document;
import io.tqc.read.DocumentSegment;
import io.tqc.read.Segmentation;
import io.tqc.read.bilingual.BilingualDocumentReader;
import java.util.List;
import org.apache.spark.api.java.function.Function;
import org.apache.spark.sql.Row;

/**
 * Checks one row of a table (id, text and optionally source): the text is the article, named by
 * its id in the reports; a source makes the whole text one segment with that source, for the
 * checks that compare a translation with its source. Nothing that goes wrong escapes: it
 * becomes the row's error.
 */
final class RowCheck implements Function<Row, CheckedDocument> {
  private final JobSettings settings;
  private final boolean hasSource;

  RowCheck(JobSettings settings, boolean hasSource) {
    this.settings = settings;
    this.hasSource = hasSource;
  }

  @Override
  public CheckedDocument call(Row row) {
    Object id = row.getAs(TableInput.ID);
    String name = id == null ? "" : id.toString();
    ExecutorEngines.Started engine = ExecutorEngines.get(settings);
    return CheckedDocument.of(check(engine, name, row), settings.verdictPolicy(),
        engine.ruleSources());
  }

  private DocumentResult check(ExecutorEngines.Started engine, String name, Row row) {
    String text = row.getAs(TableInput.TEXT);
    if (text == null) {
      return DocumentResult.failed(name, null, "", "the text column is empty");
    }
    if (text.length() > settings.maxTextChars()) {
      return DocumentResult.failed(name, null, "", "the extracted text is longer than "
          + settings.maxTextChars() + " characters (--max-text-chars)");
    }
    Document document = Document.of(name, text, "text/plain", "", false);
    String source = hasSource ? row.getAs(TableInput.SOURCE) : null;
    if (source != null) {
      String sourceLanguage = BilingualDocumentReader.AUTO.equals(settings.sourceLanguage()) ? ""
          : settings.sourceLanguage();
      document = document.withSegmentation(new Segmentation(
          List.of(new DocumentSegment(name, 0, text.length(), source, sourceLanguage)), "", ""));
    }
    try {
      return engine.engine().checker().check(document);
    } catch (RuntimeException | StackOverflowError e) {
      return DocumentResult.failed(name, document, "", "internal error while checking: " + e);
    }
  }
}
