package io.tqc.custom;

import java.util.List;
import java.util.stream.Collectors;

/** Rule packs that cannot be used, with every problem found in them (not just the first). */
public final class RulePackException extends Exception {
  private final List<PackProblem> problems;

  public RulePackException(List<PackProblem> problems) {
    super(problems.stream().map(PackProblem::describe).collect(Collectors.joining("\n")));
    this.problems = List.copyOf(problems);
  }

  public List<PackProblem> problems() {
    return problems;
  }
}
