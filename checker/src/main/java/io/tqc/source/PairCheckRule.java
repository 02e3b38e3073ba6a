package io.tqc.source;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.Rule;
import io.tqc.engine.Severity;
import java.util.List;

/** What the rules of names, length and source terms share: fixed metadata and making findings. */
abstract class PairCheckRule implements Rule {
  private final String id;
  private final Category category;
  private final Severity severity;
  private final String description;

  PairCheckRule(String id, Category category, Severity severity, String description) {
    this.id = id;
    this.category = category;
    this.severity = severity;
    this.description = description;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final String source() {
    return Finding.SOURCE_BUILTIN;
  }

  @Override
  public final Category category() {
    return category;
  }

  @Override
  public final Severity severity() {
    return severity;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public boolean appliesTo(String languageCode) {
    return true;
  }

  /** A finding of this rule on the UTF-16 span {@code [from, to)}. */
  Finding finding(CheckContext context, int from, int to, String message,
      List<String> suggestions) {
    return context.findings().create(from, to, id, Finding.SOURCE_BUILTIN, category, severity,
        message, suggestions);
  }
}
