package io.tqc.rules;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.Rule;
import io.tqc.engine.Severity;
import java.util.List;
import java.util.function.Predicate;

/**
 * What every built-in rule shares: its source, its fixed metadata, and making findings. Public for
 * the built-in rules of other packages (the source-aware checks of {@code io.tqc.source}).
 */
public abstract class BuiltinRule implements Rule {
  private final String id;
  private final Category category;
  private final Severity severity;
  private final String description;
  private final Predicate<String> languages;

  /** A rule for every language. */
  protected BuiltinRule(String id, Category category, Severity severity, String description) {
    this(id, category, severity, description, languageCode -> true);
  }

  /** @param languages which LanguageTool language codes the rule checks */
  protected BuiltinRule(String id, Category category, Severity severity, String description,
      Predicate<String> languages) {
    this.id = id;
    this.category = category;
    this.severity = severity;
    this.description = description;
    this.languages = languages;
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
    return languages.test(languageCode);
  }

  /** A finding of this rule on the UTF-16 span {@code [from, to)}. */
  protected Finding finding(CheckContext context, int from, int to, String message,
      List<String> suggestions) {
    return context.findings().create(from, to, id, Finding.SOURCE_BUILTIN, category, severity,
        message, suggestions);
  }

  protected static String lang(CheckContext context) {
    return context.findings().language();
  }
}
