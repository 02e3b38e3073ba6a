package io.tqc.report;

import io.tqc.engine.DocumentResult;
import io.tqc.engine.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Collects what report.html's filters offer: the values that occur in the batch. */
final class FilterChoices {
  /** A category filter option: a top level (all of its errors) or one top/sub path. */
  record CategoryChoice(String path, boolean topLevel, int findings) {}

  /** A rule filter option with the number of findings it made in the batch. */
  record RuleChoice(String id, int findings) {}

  private final TreeSet<String> languages = new TreeSet<>();
  private final TreeSet<String> verdicts = new TreeSet<>();
  private final TreeMap<String, TreeMap<String, Integer>> categories = new TreeMap<>();
  private final TreeMap<String, Integer> rules = new TreeMap<>();

  void add(DocumentResult r, String verdict) {
    if (!r.language().isEmpty()) {
      languages.add(Html.visible(r.language()));
    }
    verdicts.add(verdict);
    for (Finding f : r.findings()) {
      String top = Html.visible(f.category().top());
      categories.computeIfAbsent(top, k -> new TreeMap<>())
          .merge(Html.visible(f.category().toString()), 1, Integer::sum);
      rules.merge(Html.visible(f.ruleId()), 1, Integer::sum);
    }
  }

  List<String> languages() {
    return List.copyOf(languages);
  }

  /** Verdicts in order from best to worst, only those that occur. */
  List<String> verdicts() {
    return List.of("pass", "review", "fail", "error").stream().filter(verdicts::contains)
        .toList();
  }

  /** Each top level, followed by its top/sub paths (a path equal to the top level is not repeated). */
  List<CategoryChoice> categories() {
    List<CategoryChoice> choices = new ArrayList<>();
    for (Map.Entry<String, TreeMap<String, Integer>> top : categories.entrySet()) {
      int total = top.getValue().values().stream().mapToInt(Integer::intValue).sum();
      choices.add(new CategoryChoice(top.getKey(), true, total));
      top.getValue().forEach((path, n) -> {
        if (!path.equals(top.getKey())) {
          choices.add(new CategoryChoice(path, false, n));
        }
      });
    }
    return choices;
  }

  List<RuleChoice> rules() {
    List<RuleChoice> choices = new ArrayList<>();
    rules.forEach((id, n) -> choices.add(new RuleChoice(id, n)));
    return choices;
  }
}
