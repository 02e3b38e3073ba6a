package io.tqc.cli;

/** tqc's exit codes, as documented in the README. */
public final class ExitCodes {
  /** Every article passes (or, with --fail-on, has nothing at or above it). */
  public static final int CLEAN = 0;
  /** An article fails (or, with --fail-on, has findings at or above it). */
  public static final int FINDINGS = 1;
  /** Usage or configuration error. */
  public static final int USAGE = 2;
  /** Some inputs could not be read or checked, or are in a language tqc cannot check. */
  public static final int NOT_CHECKED = 3;
  /** Interrupted (SIGINT or SIGTERM), as shells report 128 + SIGINT. */
  public static final int INTERRUPTED = 130;

  private ExitCodes() {}
}
