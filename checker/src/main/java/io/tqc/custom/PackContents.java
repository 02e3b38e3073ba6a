package io.tqc.custom;

import java.util.ArrayList;
import java.util.List;

/**
 * What loading rule packs produced: the rules, the problems that make the packs unusable, and
 * warnings (such as a rule without examples) that do not.
 */
public record PackContents(List<PackRule> rules, List<PackProblem> problems,
    List<PackProblem> warnings) {

  static PackContents empty() {
    return new PackContents(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
  }
}
