package io.tqc.custom;

import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A {@code phrase} or {@code regex} row: finds its pattern in the document text. The matcher
 * reads the text through a {@link DeadlineCharSequence}, so a runaway regex ends the document's
 * check with an error instead of hanging the batch.
 */
final class TextPatternRule extends TableRule {
  private final String kind;
  private final SearchPattern pattern;
  private final SuggestionTemplate suggestions;

  TextPatternRule(PackRuleInfo info, String kind, Pattern pattern,
      SuggestionTemplate suggestions) {
    super(info);
    this.kind = kind;
    this.pattern = SearchPattern.of(pattern);
    this.suggestions = suggestions;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    forEachMatch(pattern, context, matcher -> {
      if (matcher.end() > matcher.start()) { // an empty match flags nothing a reader could see
        findings.add(context.findings().create(matcher.start(), matcher.end(), info.id(),
            info.source(), info.category(), info.severity(), info.message(),
            suggestions.expand(matcher)));
      }
    });
    return findings;
  }

  @Override
  public String kind() {
    return kind;
  }

}
