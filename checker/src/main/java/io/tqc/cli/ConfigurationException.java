package io.tqc.cli;

/** A problem with options, configuration or rule packs: reported without a stack trace, exit 2. */
public class ConfigurationException extends RuntimeException {
  public ConfigurationException(String message) {
    super(message);
  }

  public ConfigurationException(String message, Throwable cause) {
    super(message, cause);
  }
}
