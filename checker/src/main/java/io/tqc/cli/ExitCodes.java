package io.tqc.cli;

/** tqc's exit codes, as documented in the README. */
public final class ExitCodes {
  /** Nothing at or above --fail-on. */
  public static final int CLEAN = 0;
  /** Findings at or above --fail-on. */
  public static final int FINDINGS = 1;
  /** Usage or configuration error. */
  public static final int USAGE = 2;
  /** Some inputs could not be read. */
  public static final int UNREADABLE_INPUTS = 3;
  /** Interrupted (SIGINT or SIGTERM), as shells report 128 + SIGINT. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
