package io.tqc.cli;

import static io.tqc.cli.CheckCommandTest.readCsv;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A glossary row with a {@code source} column on a bilingual table: the segment whose source
 * has the source term and whose translation has no form of the preferred term is flagged at its
 * end; an inflected form ("Hafenarbeitern") counts, and a segment without the term is left alone.
 */
class GlossarySourceTermTest {
  @TempDir
  Path dir;

  @Test
  void aSourceTermRequiresThePreferredTermInTheTranslation() throws Exception {
    Path rules = dir.resolve("rules/de");
    Files.createDirectories(rules);
    Files.writeString(rules.resolve("glossary.csv"), "id,preferred,source,note\n"
        + "TERM_HAFENARBEITER,Hafenarbeiter,dock worker|dockworker,house term\n",
        StandardCharsets.UTF_8);
    Path table = dir.resolve("port.csv");
    Files.writeString(table, "source,target\n"
        + "The dock workers went on strike.,Die Hafenarbeiter streikten.\n"
        + "The dock workers were fired.,Den Hafenarbeitern wurde gekündigt.\n"
        + "A dock worker spoke to reporters.,Ein Arbeiter sprach mit Reportern.\n"
        + "The ship left the port.,Das Schiff verließ den Hafen.\n", StandardCharsets.UTF_8);
    Path out = dir.resolve("reports");
    CliRun run = CliRun.of("check", "--max-check-seconds", "900", "--no-cache", "--lang",
        "de-DE", "--rules", dir.resolve("rules").toString(), "--out", out.toString(),
        table.toString());
    assertEquals(1, run.exitCode(), run.err());
    List<List<String>> terms = readCsv(out.resolve("findings.csv")).stream().skip(1)
        .filter(r -> r[6].equals("TERM_HAFENARBEITER"))
        .map(r -> List.of(r[4], r[5], r[8], r[9], r[10], r[11], r[14], r[15])).toList();
    assertEquals(List.of(List.of("99", "99", "Terminology/Wrong term", "major",
            "The source's \u201Cdock worker\u201D is \u201CHafenarbeiter\u201D in the glossary, "
                + "and the translation does not use it: house term",
            "Hafenarbeiter", "4", "A dock worker spoke to reporters.")),
        terms);
  }
}
