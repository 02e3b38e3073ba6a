package io.tqc.read;

import java.nio.file.Path;

/** Turns a file into a {@link Document}. */
public interface DocumentReader {

  /**
   * Reads one file.
   *
   * @param path the file to read
   * @param displayName how the file is named in reports
   * @throws DocumentReadException when the file cannot be read; the message names the problem
   */
  Document read(Path path, String displayName) throws DocumentReadException;
}
