package io.tqc.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code tqc rules test} on every pack shipped in rules/, as CI runs it. */
class ShippedPacksCommandTest {
  /** Maven runs the tests in checker/; the packs are one folder up. */
  static final Path RULES = Path.of("").toAbsolutePath().getParent().resolve("rules");

  @Test
  void everyShippedExamplePasses() {
    CliRun run = CliRun.of("rules", "test", RULES.toString());
    assertEquals("", run.out());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.err().matches("tqc: \\d+ rules, \\d+ examples, 0 failed\n"), run.err());
  }
}
