package io.tqc.setup;

import io.tqc.engine.ClosestName;
import io.tqc.engine.LanguageToolSession;
import io.tqc.engine.Rule;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

/**
 * Rule ids named in {@code --disable}, {@code --enable} or {@code --severity} that no rule has.
 * A typo there would otherwise be silently ignored and the editor would wonder why a rule still
 * fires. LanguageTool's ids depend on the language, so they are learnt from the LanguageTool
 * instances the run actually loads. An unknown id is a warning with the closest known id, not an
 * error: it may name a LanguageTool rule of a language this run did not load (one config file
 * serving English and German articles), which only loading every language could tell from a
 * typo.
 */
final class UnknownRuleIds {
  private final Set<String> named;
  private final Set<String> known = ConcurrentHashMap.newKeySet();
  private final SortedSet<String> languages = new ConcurrentSkipListSet<>();

  UnknownRuleIds(Collection<String> named, Collection<? extends Rule> tqcRules) {
    this.named = new LinkedHashSet<>(named);
    tqcRules.forEach(rule -> known.add(rule.id()));
  }

  /** Records the ids of a LanguageTool instance the run loaded. */
  void learn(LanguageToolSession session) {
    if (languages.add(session.language().getShortCodeWithCountryAndVariant())) {
      session.languageTool().getAllRules().forEach(rule -> known.add(rule.getId()));
    }
  }

  /**
   * The warning to print, if some named id is unknown. Nothing is said when no LanguageTool
   * instance was loaded (every document came from the cache): then its ids are not known.
   */
  Optional<String> warning() {
    Set<String> unknown = new LinkedHashSet<>(named);
    unknown.removeAll(known);
    if (unknown.isEmpty() || languages.isEmpty()) {
      return Optional.empty();
    }
    Set<String> candidates = new TreeSet<>(known);
    List<String> described = unknown.stream().map(id -> id + ClosestName.among(id, candidates)
        .map(closest -> " (did you mean " + closest + "?)").orElse("")).toList();
    return Optional.of("tqc: warning: no rule has the id " + String.join(", ", described)
        + " (named in --disable, --enable or --severity; looked up in tqc's rules, the rule "
        + "packs and LanguageTool's rules for " + String.join(", ", languages) + ")");
  }
}
