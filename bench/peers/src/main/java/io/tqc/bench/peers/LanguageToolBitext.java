package io.tqc.bench.peers;

import java.nio.file.Path;
import java.util.List;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;
import org.languagetool.Languages;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.bitext.BitextRule;
import org.languagetool.tools.Tools;

/**
 * LanguageTool's bitext mode on each segment pair of a corpus set: Tools.checkBitext with the
 * bitext rules for the pair (what its command line's -b2 runs). Writes all its matches, and
 * with --bitext-only only those of the bitext rules.
 *
 * <p>Usage: LanguageToolBitext SRC_LANG TGT_LANG SET_DIR OUT.csv [--bitext-only]
 */
public final class LanguageToolBitext {
  private LanguageToolBitext() {}

  public static void main(String[] args) throws Exception {
    Language source = Languages.getLanguageForShortCode(args[0]);
    Language target = Languages.getLanguageForShortCode(args[1]);
    List<CorpusPairs.Pair> pairs = CorpusPairs.read(Path.of(args[2]));
    boolean bitextOnly = args.length > 4 && args[4].equals("--bitext-only");
    JLanguageTool sourceTool = new JLanguageTool(source);
    JLanguageTool targetTool = new JLanguageTool(target);
    List<BitextRule> rules = Tools.getBitextRules(source, target);
    List<String> bitextIds = rules.stream().map(BitextRule::getId).toList();
    try (FindingsCsv out = new FindingsCsv(Path.of(args[3]))) {
      for (CorpusPairs.Pair pair : pairs) {
        for (RuleMatch match : Tools.checkBitext(pair.source(), pair.target(), sourceTool,
            targetTool, rules)) {
          String id = match.getRule().getId();
          if (!bitextOnly || bitextIds.contains(id)) {
            out.add(pair, match.getFromPos(), match.getToPos(), id, "Accuracy");
          }
        }
      }
      System.err.println("LanguageTool bitext" + (bitextOnly ? " rules only" : "") + " ("
          + String.join(", ", bitextIds) + "): " + out.rows() + " findings in " + pairs.size()
          + " segment pairs");
    }
  }
}
