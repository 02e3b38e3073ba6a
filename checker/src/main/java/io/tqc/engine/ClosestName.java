package io.tqc.engine;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * The known name closest to a misspelt one, for "did you mean" hints: the fewest edits, where
 * swapping two neighbouring letters (PTC for PCT) counts as one edit, as typists make it.
 */
public final class ClosestName {
  private ClosestName() {}

  /**
   * The candidate closest to {@code name}, ignoring case, if it is within a quarter of the name's
   * length (at least two edits); on a tie the first candidate in iteration order.
   */
  public static Optional<String> among(String name, Collection<String> candidates) {
    String wanted = name.toLowerCase(Locale.ROOT);
    int allowed = Math.max(2, name.length() / 4);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int distance = EditDistance.between(wanted, candidate.toLowerCase(Locale.ROOT));
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }
}
