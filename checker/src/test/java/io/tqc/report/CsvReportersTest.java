package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.tqc.engine.Category;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvReportersTest {
  @TempDir
  Path dir;

  private static Finding finding(String file, String text, String context) {
    return new Finding(file, "en-US", 2, 3, 10, 14, "RULE_X", "builtin",
        new Category("Fluency", "Grammar"), Severity.MAJOR, "Say \"this\", not that",
        List.of("a", "b"), text, context);
  }

  @Test
  void findingsAreWrittenWithQuotingAndFormulaCellsNeutralised() throws Exception {
    try (FindingsCsvReporter reporter = new FindingsCsvReporter(dir)) {
      reporter.document(new DocumentResult("dir/a,\"b\"\n.txt", null, "en-US", 100,
          List.of(finding("dir/a,\"b\"\n.txt", "=SUM(A1)", "@cmd, -1 +2"),
              finding("dir/a,\"b\"\n.txt", "x", "y").withSegment("u7", "=Quelle, \"zitiert\"")),
          null, 0));
      assertFalse(Files.exists(dir.resolve("findings.csv")));
      reporter.finish();
    }
    assertEquals("file,language,line,column,start,end,rule_id,rule_source,category,severity,"
        + "message,suggestions,text,context,segment,source\n"
        + "\"dir/a,\"\"b\"\"\n.txt\",en-US,2,3,10,14,RULE_X,builtin,Fluency/Grammar,major,"
        + "\"Say \"\"this\"\", not that\",a|b,'=SUM(A1),\"'@cmd, -1 +2\",,\n"
        + "\"dir/a,\"\"b\"\"\n.txt\",en-US,2,3,10,14,RULE_X,builtin,Fluency/Grammar,major,"
        + "\"Say \"\"this\"\", not that\",a|b,x,y,u7,\"'=Quelle, \"\"zitiert\"\"\"\n",
        Files.readString(dir.resolve("findings.csv")));
    try (var files = Files.list(dir)) {
      assertEquals(List.of("findings.csv"), files.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void summaryHasCountsPenaltyAndVerdictOrTheError() throws Exception {
    VerdictPolicy policy = new VerdictPolicy(10, 25);
    try (SummaryCsvReporter reporter = new SummaryCsvReporter(dir, policy)) {
      reporter.document(new DocumentResult("a.txt", null, "en-US", 400,
          List.of(finding("a.txt", "x", "y"), finding("a.txt", "x", "y")), null, 0));
      reporter.document(DocumentResult.failed("-b.txt", null, "", "=broken"));
      reporter.finish();
    }
    assertEquals("file,language,words,findings,critical,major,minor,penalty_per_1000_words,"
        + "verdict,error,note\n"
        + "a.txt,en-US,400,2,0,2,0,25.00,fail,,\n"
        + "'-b.txt,,0,0,0,0,0,,,'=broken,\n", Files.readString(dir.resolve("summary.csv")));
  }

  @Test
  void anUnfinishedReportLeavesThePreviousOneAndNoTemporaryFile() throws Exception {
    Files.writeString(dir.resolve("summary.csv"), "previous\n");
    try (SummaryCsvReporter reporter = new SummaryCsvReporter(dir, new VerdictPolicy(1, 2))) {
      reporter.document(DocumentResult.failed("a.txt", null, "", "x"));
    }
    assertEquals("previous\n", Files.readString(dir.resolve("summary.csv")));
    try (var files = Files.list(dir)) {
      assertTrue(files.allMatch(p -> p.getFileName().toString().equals("summary.csv")));
    }
  }
}
