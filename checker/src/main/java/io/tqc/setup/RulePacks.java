package io.tqc.setup;

import io.tqc.custom.PackContents;
import io.tqc.custom.RulePackException;
import io.tqc.custom.RulePackLoader;
import io.tqc.engine.Rule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Loads editors' rule packs for every front end, with one way of reporting a broken pack. */
public final class RulePacks {
  private RulePacks() {}

  /**
   * The packs in these folders or files.
   *
   * @param builtin the built-in rules, whose ids a pack must not reuse
   * @throws SetupException naming file and line of each problem, one per line, when a pack is
   *     broken or cannot be read
   */
  public static PackContents load(List<Path> folders, List<Rule> builtin) {
    try {
      return RulePackLoader.load(folders, builtin);
    } catch (RulePackException e) {
      throw new SetupException(e.getMessage(), e);
    } catch (IOException e) {
      throw new SetupException("cannot read the rule packs: " + e.getMessage(), e);
    }
  }
}
