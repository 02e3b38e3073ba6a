package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.LanguageRuleSet;
import io.tqc.engine.LanguageToolCategories;
import io.tqc.engine.PlacedSentence;
import io.tqc.engine.RuleExample;
import io.tqc.engine.Severity;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.languagetool.rules.CorrectExample;
import org.languagetool.rules.IncorrectExample;
import org.languagetool.rules.RuleMatch;
import org.languagetool.rules.patterns.AbstractPatternRule;

/**
 * The LanguageTool pattern rules of one id from a grammar file (a {@code <rule>}, or the rules of
 * a {@code <rulegroup>}), run on the sentences LanguageTool already analysed for the document,
 * each thread with its own instances (see {@link GrammarXmlFile}).
 * The category is the rule's {@code <category name="...">} when that is an MQM path such as
 * {@code Style/Unidiomatic}, else the mapping tqc uses for LanguageTool's own rules.
 */
final class GrammarXmlRule implements PackRule {
  private final String id;
  private final String source;
  private final int line;
  private final String language;
  private final GrammarXmlFile grammar;
  private final String description;
  private final Category category;
  private final Severity severity;
  private final List<RuleExample> examples;

  GrammarXmlRule(String id, String source, int line, String language,
      List<AbstractPatternRule> patternRules, GrammarXmlFile grammar) {
    this.id = id;
    this.source = source;
    this.line = line;
    this.language = language;
    this.grammar = grammar;
    this.description = patternRules.get(0).getDescription();
    AbstractPatternRule first = patternRules.get(0);
    LanguageToolCategories.Mapping mapping = LanguageToolCategories.of(first, language);
    this.category = mqmCategory(first).orElse(mapping.category());
    this.severity = mapping.severity();
    this.examples = examplesOf(patternRules, language);
  }

  private static java.util.Optional<Category> mqmCategory(AbstractPatternRule rule) {
    if (rule.getCategory() == null || !rule.getCategory().getName().contains("/")) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Category.parse(rule.getCategory().getName()));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }

  private static List<RuleExample> examplesOf(List<AbstractPatternRule> rules, String language) {
    List<RuleExample> examples = new ArrayList<>();
    for (AbstractPatternRule rule : rules) {
      for (IncorrectExample example : rule.getIncorrectExamples()) {
        examples.add(new RuleExample(language, example.getExample(), rule.getXmlLineNumber()));
      }
      for (CorrectExample example : rule.getCorrectExamples()) {
        examples.add(new RuleExample(language, example.getExample(), rule.getXmlLineNumber()));
      }
    }
    return examples;
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    try {
      for (PlacedSentence sentence : context.placedSentences()) {
        context.checkDeadline();
        for (AbstractPatternRule rule : grammar.rulesOfThisThread(id)) {
          for (RuleMatch match : rule.match(sentence.sentence())) {
            int from = sentence.inDocument(match.getFromPos());
            int to = sentence.inDocument(match.getToPos());
            findings.add(context.findings().create(from, to, id, source, category, severity,
                plain(match.getMessage()), match.getSuggestedReplacements()));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return findings;
  }

  /** LanguageTool marks suggestions inside messages with tags; reports want plain text. */
  private static String plain(String message) {
    return message.replace("<suggestion>", "\u201C").replace("</suggestion>", "\u201D");
  }

  @Override
  public String kind() {
    return "xml";
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String source() {
    return source;
  }

  @Override
  public int sourceLine() {
    return line;
  }

  @Override
  public Category category() {
    return category;
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public boolean appliesTo(String languageCode) {
    return LanguageRuleSet.packApplies(language, languageCode);
  }

  @Override
  public List<RuleExample> examples() {
    return examples;
  }
}
