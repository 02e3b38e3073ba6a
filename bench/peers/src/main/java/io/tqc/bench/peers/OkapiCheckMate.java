package io.tqc.bench.peers;

import java.nio.file.Path;
import java.util.List;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.TextContainer;
import net.sf.okapi.common.resource.TextUnit;
import net.sf.okapi.lib.verification.Issue;
import net.sf.okapi.lib.verification.Parameters;
import net.sf.okapi.lib.verification.QualityCheckSession;

/**
 * Okapi CheckMate's quality checks (okapi-lib-verification) on each segment pair of a corpus
 * set, with its default parameters, or without its length checks.
 *
 * <p>Usage: OkapiCheckMate SRC_LANG TGT_LANG SET_DIR OUT.csv [--no-length]
 */
public final class OkapiCheckMate {
  private OkapiCheckMate() {}

  public static void main(String[] args) throws Exception {
    LocaleId source = LocaleId.fromString(args[0]);
    LocaleId target = LocaleId.fromString(args[1]);
    List<CorpusPairs.Pair> pairs = CorpusPairs.read(Path.of(args[2]));
    boolean noLength = args.length > 4 && args[4].equals("--no-length");
    try (FindingsCsv out = new FindingsCsv(Path.of(args[3]))) {
      for (CorpusPairs.Pair pair : pairs) {
        // one session per pair: CheckMate's issues then belong to this pair alone
        QualityCheckSession session = new QualityCheckSession();
        Parameters parameters = session.getParameters();
        if (noLength) {
          parameters.setCheckMaxCharLength(false);
          parameters.setCheckMinCharLength(false);
          parameters.setCheckAbsoluteMaxCharLength(false);
        }
        session.startProcess(source, target);
        ITextUnit unit = new TextUnit(pair.file() + ":" + (pair.line() + 1), pair.source());
        unit.setTarget(target, new TextContainer(pair.target()));
        session.processTextUnit(unit);
        for (Issue issue : session.getIssues()) {
          int from = issue.getTargetStart();
          int to = issue.getTargetEnd();
          // an issue about the whole segment, or one only in the source, covers the whole line
          if (from < 0 || to <= from) {
            from = 0;
            to = -1;
          }
          out.add(pair, from, to, "OKAPI_" + issue.getIssueType(), "Accuracy");
        }
      }
      System.err.println("Okapi CheckMate" + (noLength ? " without length checks" : "") + ": "
          + out.rows() + " findings in " + pairs.size() + " segment pairs");
    }
  }
}
