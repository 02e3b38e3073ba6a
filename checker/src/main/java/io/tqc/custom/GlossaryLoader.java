package io.tqc.custom;

import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Loads {@code rules/<lang>/glossary.csv}: one {@link GlossaryRule} per row. Forms in the
 * {@code accepted}, {@code avoid} and {@code source} cells are separated by {@code |}.
 */
final class GlossaryLoader {
  static final List<String> REQUIRED = List.of("preferred");
  static final List<String> OPTIONAL = List.of("id", "accepted", "avoid", "source", "note",
      "severity", "case", "example_bad", "example_good");

  private GlossaryLoader() {}

  static void load(Path file, String displayName, String language, PackContents into)
      throws IOException {
    PackCsv.loadRules(file, displayName, REQUIRED, OPTIONAL, into,
        row -> rule(row, displayName, language),
        rule -> rule.examples().isEmpty()
            ? List.of("no example_bad or example_good, so nothing tests the entry") : List.of());
  }

  private static GlossaryRule rule(PackCsv.Row row, String displayName, String language) {
    String preferred = row.get("preferred");
    if (preferred.isEmpty()) {
      throw new IllegalArgumentException("the preferred term is empty");
    }
    String id = row.get("id").isEmpty() ? derivedId(preferred) : PackCells.id(row.get("id"));
    List<String> accepted = forms(row.get("accepted"));
    List<String> avoid = forms(row.get("avoid"));
    List<String> source = forms(row.get("source"));
    if (accepted.isEmpty() && avoid.isEmpty() && source.isEmpty()) {
      throw new IllegalArgumentException(id + ": name forms to avoid, other accepted forms "
          + "or the source terms of '" + preferred + "'");
    }
    Severity severity = PackCells.severity(row.get("severity"), Severity.MAJOR);
    List<RuleExample> examples = PackCells.examples(language, row.raw("example_bad"),
        row.raw("example_good"), row.line());
    String note = row.get("note");
    String message = "Glossary: use \u201C" + preferred + "\u201D" + (note.isEmpty() ? ""
        : " (" + note + ")");
    PackRuleInfo info = new PackRuleInfo(id, displayName, row.line(), language,
        GlossaryRule.WRONG_TERM, severity, message, examples);
    return new GlossaryRule(info, new GlossaryEntry(preferred, accepted, avoid, note, source),
        PackCells.caseSensitive(row.get("case")));
  }

  private static List<String> forms(String cell) {
    return Arrays.stream(cell.split("\\|")).map(String::strip).filter(s -> !s.isEmpty())
        .toList();
  }

  /** {@code e-mail address} becomes {@code TERM_E_MAIL_ADDRESS}; accents are dropped. */
  static String derivedId(String preferred) {
    String ascii = Normalizer.normalize(preferred, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "").replace("ß", "SS").toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9]+", "_").replaceAll("^_+|_+$", "");
    if (ascii.isEmpty()) {
      throw new IllegalArgumentException("give the entry for '" + preferred + "' an id (its "
          + "name has no letters A-Z to make one from)");
    }
    return PackCells.id("TERM_" + ascii);
  }
}
