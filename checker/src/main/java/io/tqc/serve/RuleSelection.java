package io.tqc.serve;

import java.util.Set;

/**
 * The rules and categories one request turns on and off ({@code enabledRules},
 * {@code disabledRules}, {@code enabledCategories}, {@code disabledCategories},
 * {@code enabledOnly}), applied to the findings the engine gives. A category is named by the id
 * the response shows in {@code rule.category.id}.
 */
record RuleSelection(Set<String> enabledRules, Set<String> disabledRules,
    Set<String> enabledCategories, Set<String> disabledCategories, boolean enabledOnly) {

  static final RuleSelection ALL = new RuleSelection(Set.of(), Set.of(), Set.of(), Set.of(),
      false);

  RuleSelection {
    enabledRules = Set.copyOf(enabledRules);
    disabledRules = Set.copyOf(disabledRules);
    enabledCategories = Set.copyOf(enabledCategories);
    disabledCategories = Set.copyOf(disabledCategories);
  }

  /** Whether a finding of rule {@code ruleId} in category {@code categoryId} is reported. */
  boolean keeps(String ruleId, String categoryId) {
    if (enabledOnly) {
      return enabledRules.contains(ruleId) || enabledCategories.contains(categoryId);
    }
    if (enabledRules.contains(ruleId)) {
      return true;
    }
    return !disabledRules.contains(ruleId) && !disabledCategories.contains(categoryId);
  }
}
