package io.tqc.servetests;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a client takes from one match of a /v2/check response: the rule, where (UTF-16 offset and
 * length in the text sent), and the replacements offered.
 */
record Match(String ruleId, int offset, int length, List<String> replacements) {
  static final Comparator<Match> BY_POSITION = Comparator.comparingInt(Match::offset)
      .thenComparingInt(Match::length).thenComparing(Match::ruleId);

  /** The matches of a response, ordered by offset, length and rule id. */
  static List<Match> of(JsonNode response) {
    List<Match> matches = new ArrayList<>();
    for (JsonNode match : response.path("matches")) {
      List<String> replacements = new ArrayList<>();
      match.path("replacements").forEach(r -> replacements.add(r.path("value").asText()));
      matches.add(new Match(match.path("rule").path("id").asText(), match.path("offset").asInt(),
          match.path("length").asInt(), replacements));
    }
    matches.sort(BY_POSITION);
    return matches;
  }

  @Override
  public String toString() {
    return ruleId + "@" + offset + "+" + length + replacements;
  }
}
