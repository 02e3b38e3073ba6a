package io.tqc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collections;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The shaded jar's one list of LanguageTool language modules names every language class the
 * language jars on the class path declare, so the job's jar checks the languages tqc check does.
 */
class LanguageModulesTest {
  private static final String RESOURCE = "META-INF/org/languagetool/language-module.properties";

  @Test
  void theShadedJarsListIsTheUnionOfTheLanguageJarsLists() throws Exception {
    Set<String> declared = new TreeSet<>();
    for (URL url : Collections.list(getClass().getClassLoader().getResources(RESOURCE))) {
      try (InputStream in = url.openStream()) {
        declared.addAll(classes(in));
      }
    }
    Set<String> merged;
    try (InputStream in = Files.newInputStream(Path.of("src/shade/language-module.properties"))) {
      merged = classes(in);
    }
    assertEquals(13, countJars(), "language jars on the class path");
    assertEquals(declared, merged);
  }

  private int countJars() throws Exception {
    return Collections.list(getClass().getClassLoader().getResources(RESOURCE)).size();
  }

  private static Set<String> classes(InputStream in) throws Exception {
    Properties properties = new Properties();
    properties.load(in);
    return new TreeSet<>(Arrays.asList(properties.getProperty("languageClasses").split(",")));
  }
}
