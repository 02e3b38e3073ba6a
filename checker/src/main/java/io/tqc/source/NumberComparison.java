package io.tqc.source;

import io.tqc.engine.CheckContext;
import io.tqc.source.NumberMention.Kind;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The numbers of each segment compared by value with those of its source, once per document
 * for the three number rules. A number counts as carried over when the other side has the same
 * value in any form; the check is by presence, not by count, so that a number repeated or
 * restated in the target is no error.
 */
final class NumberComparison {
  private static final Object KEY = new Object();
  /**
   * The languages whose number words and units of scale the reader knows: in another ("5 млн")
   * a unit it cannot read would make a right number look wrong.
   */
  private static final java.util.Set<String> READ = java.util.Set.of("zh", "en", "de");

  /** A target number where the source has another: what the source said and what it became. */
  record Mismatch(TranslationPair pair, NumberMention source, NumberMention target) {}

  /** A source number with nothing of its value in the target. */
  record Missing(TranslationPair pair, NumberMention source) {}

  /** A target number in a segment whose source has no number at all. */
  record Added(TranslationPair pair, NumberMention target) {}

  record Result(List<Mismatch> mismatches, List<Missing> missing, List<Added> added) {}

  private NumberComparison() {}

  static Result of(CheckContext context) {
    return context.derived(KEY, () -> compare(context));
  }

  private static Result compare(CheckContext context) {
    List<Mismatch> mismatches = new ArrayList<>();
    List<Missing> missing = new ArrayList<>();
    List<Added> added = new ArrayList<>();
    for (TranslationPair pair : TranslationPairs.of(context)) {
      context.checkDeadline();
      if (!READ.contains(pair.sourceLanguage()) || !READ.contains(pair.targetLanguage())) {
        continue;
      }
      List<NumberMention> source = NumberReader.of(pair.sourceLanguage()).read(pair.source());
      if (source.isEmpty() && !hasDigit(pair.target())) {
        continue;
      }
      List<NumberMention> target = NumberReader.of(pair.targetLanguage()).read(pair.target());
      List<NumberMention> lostFirm = new ArrayList<>();
      List<NumberMention> lostYears = new ArrayList<>();
      List<NumberMention> lostDates = new ArrayList<>();
      for (NumberMention s : source) {
        if (s.kind() != Kind.LOOSE && target.stream().noneMatch(s::sameValue)) {
          (s.kind() == Kind.YEAR ? lostYears : s.kind() == Kind.DATE ? lostDates : lostFirm)
              .add(s);
        }
      }
      List<NumberMention> newFirm = new ArrayList<>();
      List<NumberMention> newYears = new ArrayList<>();
      for (NumberMention t : target) {
        if ((t.kind() == Kind.FIRM || t.kind() == Kind.YEAR)
            && source.stream().noneMatch(t::sameValue)) {
          (t.kind() == Kind.YEAR ? newYears : newFirm).add(t);
        }
      }
      // a measure converted to the other system's unit is the same number
      dropConversions(pair, lostFirm, newFirm);
      // a number the target lost and one it gained, in the same order: the one became the other
      pairUp(pair, lostYears, newYears, mismatches);
      pairUp(pair, lostFirm, newFirm, mismatches);
      pairUp(pair, lostDates, newFirm, mismatches);
      lostFirm.forEach(s -> missing.add(new Missing(pair, s)));
      if (source.isEmpty()) {
        newFirm.forEach(t -> added.add(new Added(pair, t)));
      }
    }
    return new Result(List.copyOf(mismatches), List.copyOf(missing), List.copyOf(added));
  }

  /** Removes each lost number that the target gained converted to another unit, and it. */
  private static void dropConversions(TranslationPair pair, List<NumberMention> lost,
      List<NumberMention> gained) {
    for (Iterator<NumberMention> it = lost.iterator(); it.hasNext(); ) {
      NumberMention s = it.next();
      for (NumberMention t : gained) {
        if (UnitConversion.same(pair.source(), s, pair.target(), t)) {
          gained.remove(t);
          it.remove();
          break;
        }
      }
    }
  }

  /** Pairs the first lost number with the first gained one, and so on; removes the paired. */
  private static void pairUp(TranslationPair pair, List<NumberMention> lost,
      List<NumberMention> gained, List<Mismatch> out) {
    int n = Math.min(lost.size(), gained.size());
    for (int i = 0; i < n; i++) {
      out.add(new Mismatch(pair, lost.get(i), gained.get(i)));
    }
    lost.subList(0, n).clear();
    gained.subList(0, n).clear();
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
