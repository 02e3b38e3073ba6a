package io.tqc.read;

/** A file that could not be turned into a document; the message says why, for the summary. */
public class DocumentReadException extends Exception {
  public DocumentReadException(String message) {
    super(message);
  }

  public DocumentReadException(String message, Throwable cause) {
    super(message, cause);
  }
}
