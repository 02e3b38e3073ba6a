package io.tqc.cli;

/** What a {@code review} verdict means for the exit code: {@code --review-exit pass|fail}. */
public enum ReviewExit {
  /** A review verdict exits as a pass: only failing articles stop the run. */
  PASS,
  /** A review verdict exits as a failure: a human must look before the article goes out. */
  FAIL
}
