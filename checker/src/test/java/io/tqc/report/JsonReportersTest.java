package io.tqc.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.tqc.engine.Category;
import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.engine.VerdictPolicy;
import io.tqc.read.Document;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonReportersTest {
  @TempDir
  Path dir;

  /** "Hi 😀\r\nboth Hope\n": the finding spans "Hope", after an emoji and a CRLF line break. */
  private static final String TEXT = "Hi \uD83D\uDE00\r\nboth Hope\n";

  private static DocumentResult checked(String file) {
    Document document = Document.of(file, TEXT, "text/plain", "", false);
    Finding capital = new Finding(file, "en-US", 2, 6, 11, 15, "TQC_MID_SENTENCE_CAPITAL",
        "builtin", Category.GRAMMAR, Severity.MAJOR, "Capital \"H\" in mid-sentence",
        List.of("hope"), "Hope", "both Hope").withSegment("2", "beide Hoffnung");
    Finding emoji = new Finding(file, "en-US", 1, 4, 3, 4, "EMOJI_\u00c9", "rules/en/x.csv",
        Category.AWKWARD, Severity.MINOR, "tab\there", List.of(), "\uD83D\uDE00",
        "Hi \uD83D\uDE00");
    return new DocumentResult(file, document, "en-US", 3, List.of(emoji, capital), null, 0);
  }

  @Test
  void jsonHasEachDocumentWithItsSummaryFieldsAndFindings() throws Exception {
    try (JsonReporter reporter = new JsonReporter(dir, "1.2.3", "6.8", new VerdictPolicy(10, 25))) {
      reporter.document(checked("news/a b.txt"));
      reporter.document(DocumentResult.failed("c.pdf", null, "", "not a PDF: \"x\""));
      assertFalse(Files.exists(dir.resolve("findings.json")));
      reporter.finish();
    }
    assertEquals("""
        {
          "tool" : "tqc",
          "version" : "1.2.3",
          "languagetool_version" : "6.8",
          "documents" : [ {
            "file" : "news/a b.txt",
            "language" : "en-US",
            "words" : 3,
            "critical" : 0,
            "major" : 1,
            "minor" : 1,
            "penalty_per_1000_words" : 2000.00,
            "verdict" : "fail",
            "findings" : [ {
              "line" : 1,
              "column" : 4,
              "start" : 3,
              "end" : 4,
              "rule_id" : "EMOJI_\u00c9",
              "rule_source" : "rules/en/x.csv",
              "category" : "Style/Awkward",
              "severity" : "minor",
              "message" : "tab\\there",
              "suggestions" : [ ],
              "text" : "\uD83D\uDE00",
              "context" : "Hi \uD83D\uDE00",
              "segment" : "",
              "source" : ""
            }, {
              "line" : 2,
              "column" : 6,
              "start" : 11,
              "end" : 15,
              "rule_id" : "TQC_MID_SENTENCE_CAPITAL",
              "rule_source" : "builtin",
              "category" : "Fluency/Grammar",
              "severity" : "major",
              "message" : "Capital \\"H\\" in mid-sentence",
              "suggestions" : [ "hope" ],
              "text" : "Hope",
              "context" : "both Hope",
              "segment" : "2",
              "source" : "beide Hoffnung"
            } ]
          }, {
            "file" : "c.pdf",
            "language" : "",
            "words" : 0,
            "error" : "not a PDF: \\"x\\"",
            "findings" : [ ]
          } ],
          "totals" : {
            "documents" : 2,
            "unreadable" : 1,
            "findings" : 2
          }
        }
        """, Files.readString(dir.resolve("findings.json")));
  }

  @Test
  void sarifHasResultsWithCodePointRegionsRulesAndUnreadableInputs() throws Exception {
    try (SarifReporter reporter = new SarifReporter(dir, "1.2.3")) {
      reporter.document(checked("news/a b.txt"));
      reporter.document(DocumentResult.failed("c.pdf", null, "", "not a PDF"));
      reporter.finish();
    }
    assertEquals("""
        {
          "$schema" : "https://json.schemastore.org/sarif-2.1.0.json",
          "version" : "2.1.0",
          "runs" : [ {
            "columnKind" : "unicodeCodePoints",
            "results" : [ {
              "ruleId" : "EMOJI_\u00c9",
              "level" : "note",
              "message" : {
                "text" : "tab\\there"
              },
              "locations" : [ {
                "physicalLocation" : {
                  "artifactLocation" : {
                    "uri" : "news/a%20b.txt"
                  },
                  "region" : {
                    "startLine" : 1,
                    "startColumn" : 4,
                    "endLine" : 1,
                    "endColumn" : 5,
                    "snippet" : {
                      "text" : "\uD83D\uDE00"
                    }
                  }
                }
              } ],
              "properties" : {
                "category" : "Style/Awkward",
                "severity" : "minor",
                "ruleSource" : "rules/en/x.csv",
                "suggestions" : [ ]
              }
            }, {
              "ruleId" : "TQC_MID_SENTENCE_CAPITAL",
              "level" : "warning",
              "message" : {
                "text" : "Capital \\"H\\" in mid-sentence"
              },
              "locations" : [ {
                "physicalLocation" : {
                  "artifactLocation" : {
                    "uri" : "news/a%20b.txt"
                  },
                  "region" : {
                    "startLine" : 2,
                    "startColumn" : 6,
                    "endLine" : 2,
                    "endColumn" : 10,
                    "snippet" : {
                      "text" : "Hope"
                    }
                  }
                }
              } ],
              "properties" : {
                "category" : "Fluency/Grammar",
                "severity" : "major",
                "ruleSource" : "builtin",
                "suggestions" : [ "hope" ],
                "segment" : "2",
                "source" : "beide Hoffnung"
              }
            } ],
            "tool" : {
              "driver" : {
                "name" : "tqc",
                "version" : "1.2.3",
                "rules" : [ {
                  "id" : "EMOJI_\u00c9",
                  "properties" : {
                    "category" : "Style/Awkward",
                    "ruleSource" : "rules/en/x.csv"
                  }
                }, {
                  "id" : "TQC_MID_SENTENCE_CAPITAL",
                  "properties" : {
                    "category" : "Fluency/Grammar",
                    "ruleSource" : "builtin"
                  }
                } ]
              }
            },
            "invocations" : [ {
              "executionSuccessful" : false,
              "toolExecutionNotifications" : [ {
                "level" : "error",
                "message" : {
                  "text" : "not a PDF"
                },
                "locations" : [ {
                  "physicalLocation" : {
                    "artifactLocation" : {
                      "uri" : "c.pdf"
                    }
                  }
                } ]
              } ]
            } ]
          } ]
        }
        """, Files.readString(dir.resolve("findings.sarif")));
  }

  @Test
  void sarifLevelsFollowSeverityAndUrisAreReferences() {
    assertEquals("error", SarifReporter.level(Severity.CRITICAL));
    assertEquals("warning", SarifReporter.level(Severity.MAJOR));
    assertEquals("note", SarifReporter.level(Severity.MINOR));
    assertEquals("none", SarifReporter.level(Severity.NEUTRAL));
    assertEquals("caf%C3%A9/50%25%20off.txt", SarifReporter.uri("caf\u00e9/50% off.txt"));
    assertEquals("./a:b.txt", SarifReporter.uri("a:b.txt"));
    assertEquals("file:///tmp/x%20y.txt", SarifReporter.uri("/tmp/x y.txt"));
  }
}
