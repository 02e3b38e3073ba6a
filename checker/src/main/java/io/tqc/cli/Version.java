package io.tqc.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import io.tqc.engine.LanguageResolver;
import picocli.CommandLine.IVersionProvider;

/** tqc's version, filled in by the build, with the LanguageTool version it bundles. */
public final class Version implements IVersionProvider {
  public static final String TQC = load();

  private static String load() {
    Properties properties = new Properties();
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "dev");
  }

  @Override
  public String[] getVersion() {
    return new String[] {"tqc " + TQC,
        "LanguageTool " + LanguageResolver.languageToolVersion()};
  }
}
