package io.tqc.rules;

import io.tqc.engine.CheckContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where two-word phrases ("Windows Phone": two words joined by one space) occur in a text as
 * whole words, found for all phrases in one pass over the text. Searching the text once per
 * phrase would make a rule that asks for one phrase per sentence quadratic in the length of the
 * document.
 */
final class WholeWordPairs {
  private final Map<String, List<Integer>> starts;

  private WholeWordPairs(Map<String, List<Integer>> starts) {
    this.starts = starts;
  }

  /**
   * @param phrases each a word, one space and a word; a word starts with a letter or digit
   */
  static WholeWordPairs find(String text, Set<String> phrases, CheckContext context) {
    Map<String, List<Integer>> starts = new HashMap<>();
    // Every occurrence has one space with a run of letters and digits on either side: the last
    // run of the first word and the first run of the second. Index the phrases by that pair.
    Map<String, List<String>> byRuns = new HashMap<>();
    for (String phrase : phrases) {
      starts.put(phrase, new ArrayList<>());
      int space = phrase.indexOf(' ');
      if (space <= 0 || space + 1 >= phrase.length()
          || !Character.isLetterOrDigit(phrase.charAt(space - 1))
          || !Character.isLetterOrDigit(phrase.charAt(space + 1))) {
        starts.get(phrase).addAll(searchAlone(text, phrase, context));
        continue;
      }
      int from = space;
      while (from > 0 && Character.isLetterOrDigit(phrase.charAt(from - 1))) {
        from--;
      }
      int to = space + 1;
      while (to < phrase.length() && Character.isLetterOrDigit(phrase.charAt(to))) {
        to++;
      }
      byRuns.computeIfAbsent(phrase.substring(from, to), k -> new ArrayList<>()).add(phrase);
    }
    if (!byRuns.isEmpty()) {
      scan(text, byRuns, starts, context);
    }
    return new WholeWordPairs(starts);
  }

  private static void scan(String text, Map<String, List<String>> byRuns,
      Map<String, List<Integer>> starts, CheckContext context) {
    int previousStart = -1;
    int previousEnd = -1;
    int i = 0;
    while (i < text.length()) {
      context.checkDeadline();
      if (!Character.isLetterOrDigit(text.charAt(i))) {
        i++;
        continue;
      }
      int runStart = i;
      while (i < text.length() && Character.isLetterOrDigit(text.charAt(i))) {
        i++;
      }
      if (previousEnd >= 0 && runStart == previousEnd + 1 && text.charAt(previousEnd) == ' ') {
        List<String> candidates = byRuns.get(text.substring(previousStart, i));
        if (candidates != null) {
          for (String phrase : candidates) {
            int start = previousEnd - phrase.indexOf(' ');
            if (start >= 0 && text.startsWith(phrase, start)
                && isWholeWord(text, start, start + phrase.length())) {
              starts.get(phrase).add(start);
            }
          }
        }
      }
      previousStart = runStart;
      previousEnd = i;
    }
  }

  /** A phrase whose words do not meet at letters or digits: searched for on its own. */
  private static List<Integer> searchAlone(String text, String phrase, CheckContext context) {
    List<Integer> found = new ArrayList<>();
    int at = text.indexOf(phrase);
    while (at >= 0) {
      context.checkDeadline();
      if (isWholeWord(text, at, at + phrase.length())) {
        found.add(at);
      }
      at = text.indexOf(phrase, at + 1);
    }
    return found;
  }

  private static boolean isWholeWord(String text, int from, int to) {
    return (from == 0 || !Character.isLetterOrDigit(text.charAt(from - 1)))
        && (to >= text.length() || !Character.isLetterOrDigit(text.charAt(to)));
  }

  /** Where the phrase starts as whole words, in text order. */
  List<Integer> starts(String phrase) {
    return List.copyOf(starts.getOrDefault(phrase, List.of()));
  }

  /** Whether the phrase occurs as whole words anywhere but at {@code except}. */
  boolean occursElsewhere(String phrase, int except) {
    for (int start : starts.getOrDefault(phrase, List.of())) {
      if (start != except) {
        return true;
      }
    }
    return false;
  }
}
