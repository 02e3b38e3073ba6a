package io.tqc.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The part of a cached result's key that depends on the document's language: the ids of the
 * tqc rules that apply to it and the content of the rule-pack files of its language. Editing
 * the German pack thus leaves the cached results of English documents in place.
 *
 * <p>A pack file's language is the name of the folder it is in ({@code rules/de/x.csv} is
 * German), as for the rule-pack loader.
 */
public final class LanguageRuleSet {
  private final List<Rule> rules;
  private final List<Path> ruleFolders;
  private final Map<String, String> byLanguage = new ConcurrentHashMap<>();

  /**
   * @param rules tqc's active rules, built-in and from packs
   * @param ruleFolders the rule-pack folders, each holding language folders or being one
   */
  public LanguageRuleSet(List<Rule> rules, List<Path> ruleFolders) {
    this.rules = List.copyOf(rules);
    this.ruleFolders = List.copyOf(ruleFolders);
  }

  /** No rules and no packs: every language has the same fingerprint. */
  public static LanguageRuleSet none() {
    return new LanguageRuleSet(List.of(), List.of());
  }

  /** Whether a pack for {@code packLanguage} ({@code en}) applies to a LanguageTool code. */
  public static boolean packApplies(String packLanguage, String languageCode) {
    return LanguageCodes.base(languageCode).equalsIgnoreCase(packLanguage) || languageCode.equalsIgnoreCase(packLanguage);
  }

  /** A SHA-256 hex string; worked out once per language and run. A null code is "null". */
  public String fingerprintFor(String languageCode) {
    return byLanguage.computeIfAbsent(String.valueOf(languageCode), this::compute);
  }

  private String compute(String languageCode) {
    RuleSetFingerprint.Builder builder = RuleSetFingerprint.builder()
        .rules("rules", rules.stream().filter(rule -> rule.appliesTo(languageCode))
            .map(rule -> rule.id() + "@" + rule.source()).toList());
    for (int i = 0; i < ruleFolders.size(); i++) {
      builder.add("rule-folder:" + i, hashPacks(ruleFolders.get(i), languageCode));
    }
    return builder.build().hex();
  }

  /** The pack files of one language under a rules folder. */
  private static String hashPacks(Path folder, String languageCode) {
    return RuleSetFingerprint.hashTree(folder, file -> {
      Path parent = file.toAbsolutePath().getParent();
      return parent.getFileName() != null
          && packApplies(parent.getFileName().toString(), languageCode);
    });
  }
}
