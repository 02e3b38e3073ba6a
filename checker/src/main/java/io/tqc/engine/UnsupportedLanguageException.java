package io.tqc.engine;

/** A document or option names a language tqc cannot check; the message names the language. */
public class UnsupportedLanguageException extends Exception {
  public UnsupportedLanguageException(String message) {
    super(message);
  }
}
