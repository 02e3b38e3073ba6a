package io.tqc.engine;

import io.tqc.read.ReadLimits;
import io.tqc.read.TikaDocumentReader;
import java.util.List;
import java.util.Map;

/**
 * Checkers shared by the tests of one JVM: LanguageTool takes seconds to load a language, so
 * every test reuses the same instances.
 */
public final class TestCheckers {
  public static final TikaDocumentReader READER = new TikaDocumentReader(ReadLimits.defaults());
  public static final LanguageResolver AUTO = new LanguageResolver(LanguageResolver.AUTO, Map.of());
  public static final LanguageToolPool POOL = new LanguageToolPool(session -> { });

  private TestCheckers() {}

  /** A checker with language detection and the given rules. */
  public static DocumentChecker checker(List<Rule> rules) {
    return new DocumentChecker(AUTO, POOL, rules, FindingFilter.none(),
        new CheckTimeLimit(CheckTimeLimit.DEFAULT));
  }
}
