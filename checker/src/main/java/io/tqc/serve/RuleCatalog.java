package io.tqc.serve;

import io.tqc.engine.Finding;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.Rule;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.languagetool.JLanguageTool;
import org.languagetool.Language;

/**
 * Looks up the {@link RuleInfo} of a finding's rule: tqc's rules from the engine, LanguageTool's
 * from LanguageTool's rule list of the language (read once per language, for as many languages
 * as a worker keeps loaded).
 */
final class RuleCatalog {
  private final Map<String, RuleInfo> tqcRules = new HashMap<>();
  private final Map<String, Map<String, RuleInfo>> languageToolRules =
      new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, RuleInfo>> eldest) {
          return size() > LanguageToolPool.DEFAULT_MAX_LANGUAGES;
        }
      };

  RuleCatalog(List<Rule> rules) {
    rules.forEach(rule -> tqcRules.put(rule.id(), RuleInfo.of(rule)));
  }

  RuleInfo info(Finding finding, Language language) {
    if (Finding.SOURCE_LANGUAGETOOL.equals(finding.ruleSource())) {
      RuleInfo info = languageToolRules(language).get(finding.ruleId());
      if (info != null) {
        return info;
      }
    }
    RuleInfo info = tqcRules.get(finding.ruleId());
    return info != null ? info : RuleInfo.ofCategory(finding.ruleId(), finding.category());
  }

  /** The id {@code rule.category.id} shows, which {@code disabledCategories} names. */
  String categoryId(Finding finding, Language language) {
    return info(finding, language).categoryId();
  }

  private synchronized Map<String, RuleInfo> languageToolRules(Language language) {
    return languageToolRules.computeIfAbsent(language.getShortCodeWithCountryAndVariant(),
        code -> {
          Map<String, RuleInfo> infos = new HashMap<>();
          for (org.languagetool.rules.Rule rule : new JLanguageTool(language).getAllRules()) {
            infos.putIfAbsent(rule.getId(), RuleInfo.of(rule));
          }
          return infos;
        });
  }
}
