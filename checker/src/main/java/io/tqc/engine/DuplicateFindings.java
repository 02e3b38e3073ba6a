package io.tqc.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * One error, one finding: merges the findings of one document that report the same problem on
 * the same text, so that the MQM penalty counts each error once.
 *
 * <p>Two findings report the same problem when their spans overlap and
 * <ul>
 *   <li>their categories have the same MQM top level (both Fluency: a wrong quotation mark
 *       flagged by LanguageTool and by {@code LOCALE_QUOTATION_MARKS}; a name spelled two ways
 *       and a spelling alarm on it), or
 *   <li>they ask for the same correction: applied to the text both cover, a suggestion of each
 *       gives the same text (a glossary term and a LanguageTool compound rule both turning "dock
 *       workers" into "dockworkers", one under Terminology, the other under Fluency).
 * </ul>
 * A finding inside the span of an {@code Accuracy/Untranslated} finding (a sentence left in
 * another language, a run of another script) is part of that error whatever its category: the
 * spelling alarms on the words of an English sentence in a German article are not errors of
 * their own.
 *
 * <p>The finding kept is the most specific one, taken in this order:
 * <ol>
 *   <li>an {@code Accuracy/Untranslated} finding, since it names the cause of everything inside
 *       it;
 *   <li>by rule source: a rule-pack or glossary rule, then a tqc built-in rule, then LanguageTool.
 *       A pack rule is written for one language pair and says what the house wants instead;
 *       tqc's rules target one artifact of machine translation; LanguageTool's rules are
 *       general;
 *   <li>the narrower span, which points at the error more exactly;
 *   <li>then position and rule id, so the result does not depend on the order of the input.
 * </ol>
 * Findings are taken in that order, and each is merged into the first finding kept before it
 * that reports the same problem, so a chain of overlaps never joins two errors that do not
 * overlap each other. The kept finding takes the highest severity of those merged into it (two
 * rules agreeing never make an error lighter), the suggestions of the others that apply to its
 * own span after its own, and its message ends with the ids of the rules that agreed:
 * {@code (also flagged by FALSCHES_ANFUEHRUNGSZEICHEN)}.
 */
public final class DuplicateFindings {
  /** Most specific first; see the class comment. */
  static final Comparator<Finding> MOST_SPECIFIC_FIRST = Comparator
      .comparing((Finding f) -> !isUntranslated(f))
      .thenComparingInt(DuplicateFindings::sourceRank)
      .thenComparingInt(f -> f.end() - f.start())
      .thenComparingInt(Finding::start)
      .thenComparing(Finding::ruleId);

  private DuplicateFindings() {}

  /** The findings of one document with each error reported once, in no particular order. */
  public static List<Finding> merge(List<Finding> findings) {
    List<Finding> ordered = new ArrayList<>(findings);
    ordered.sort(MOST_SPECIFIC_FIRST);
    List<Group> groups = new ArrayList<>();
    for (Finding finding : ordered) {
      Group same = null;
      for (Group group : groups) {
        if (group.covers(finding)) {
          same = group;
          break;
        }
      }
      if (same == null) {
        groups.add(new Group(finding));
      } else {
        same.absorb(finding);
      }
    }
    return groups.stream().map(Group::finding).toList();
  }

  /** Whether {@code other} reports the same problem as the more specific {@code kept}. */
  static boolean sameProblem(Finding kept, Finding other) {
    if (isUntranslated(kept) && kept.start() <= other.start() && other.end() <= kept.end()) {
      return true;
    }
    if (!overlap(kept, other)) {
      return false;
    }
    return kept.category().top().equals(other.category().top()) || sameCorrection(kept, other);
  }

  private static boolean isUntranslated(Finding finding) {
    return finding.category().equals(Category.UNTRANSLATED);
  }

  private static int sourceRank(Finding finding) {
    return switch (finding.ruleSource()) {
      case Finding.SOURCE_LANGUAGETOOL -> 2;
      case Finding.SOURCE_BUILTIN -> 1;
      default -> 0;
    };
  }

  /** Overlapping spans; an empty span (an insertion point) overlaps a span it lies inside. */
  private static boolean overlap(Finding a, Finding b) {
    if (a.start() == a.end() || b.start() == b.end()) {
      return a.start() <= b.end() && b.start() <= a.end();
    }
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Whether a suggestion of each, applied to the text both spans cover, gives the same text. */
  private static boolean sameCorrection(Finding a, Finding b) {
    if (a.suggestions().isEmpty() || b.suggestions().isEmpty()) {
      return false;
    }
    int start = Math.min(a.start(), b.start());
    int end = Math.max(a.end(), b.end());
    String covered = coveredText(a, b, start, end);
    if (covered == null) {
      return false;
    }
    Set<String> fromA = new LinkedHashSet<>();
    for (String suggestion : a.suggestions()) {
      fromA.add(replace(covered, start, a.start(), a.end(), suggestion));
    }
    for (String suggestion : b.suggestions()) {
      if (fromA.contains(replace(covered, start, b.start(), b.end(), suggestion))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The text of {@code [start, end)} pieced together from the two findings' texts, or null when
   * they leave a gap (they overlap, so they cannot) or their texts do not agree where they
   * overlap.
   */
  private static String coveredText(Finding a, Finding b, int start, int end) {
    Finding first = a.start() <= b.start() ? a : b;
    Finding second = first == a ? b : a;
    int[] firstText = first.text().codePoints().toArray();
    int[] secondText = second.text().codePoints().toArray();
    if (firstText.length != first.end() - first.start()
        || secondText.length != second.end() - second.start()) {
      return null;
    }
    int[] covered = new int[end - start];
    System.arraycopy(firstText, 0, covered, 0, firstText.length);
    int offset = second.start() - start;
    for (int i = 0; i < secondText.length; i++) {
      if (offset + i < firstText.length && covered[offset + i] != secondText[i]) {
        return null;
      }
      covered[offset + i] = secondText[i];
    }
    return new String(covered, 0, covered.length);
  }

  /** {@code text} (starting at code point {@code textStart}) with {@code [from, to)} replaced. */
  private static String replace(String text, int textStart, int from, int to, String by) {
    int begin = text.offsetByCodePoints(0, from - textStart);
    int stop = text.offsetByCodePoints(0, to - textStart);
    return text.substring(0, begin) + by + text.substring(stop);
  }

  /** A kept finding and those merged into it. */
  private static final class Group {
    private final Finding kept;
    private final List<Finding> merged = new ArrayList<>();

    Group(Finding kept) {
      this.kept = kept;
    }

    boolean covers(Finding finding) {
      return sameProblem(kept, finding);
    }

    void absorb(Finding finding) {
      merged.add(finding);
    }

    Finding finding() {
      if (merged.isEmpty()) {
        return kept;
      }
      Severity severity = kept.severity();
      Set<String> suggestions = new LinkedHashSet<>(kept.suggestions());
      Set<String> agreed = new LinkedHashSet<>();
      for (Finding other : merged) {
        if (other.severity().compareTo(severity) > 0) {
          severity = other.severity();
        }
        suggestions.addAll(suggestionsForKeptSpan(other));
        if (!other.ruleId().equals(kept.ruleId())) {
          agreed.add(other.ruleId());
        }
      }
      String message = agreed.isEmpty() ? kept.message()
          : kept.message() + " (also flagged by " + String.join(", ", agreed) + ")";
      return new Finding(kept.file(), kept.language(), kept.line(), kept.column(), kept.start(),
          kept.end(), kept.ruleId(), kept.ruleSource(), kept.category(), severity, message,
          List.copyOf(suggestions), kept.text(), kept.context(), kept.segment(), kept.source());
    }

    /**
     * The other finding's suggestions as replacements of the kept span: those of a finding on
     * the same span as they are, those of a finding inside it within the kept text. A finding
     * reaching outside the kept span has none that fit it; nor has one inside an untranslated
     * sentence, whose fix is a translation, not a respelled word.
     */
    private List<String> suggestionsForKeptSpan(Finding other) {
      boolean inside = kept.start() <= other.start() && other.end() <= kept.end();
      if (!inside || other.suggestions().isEmpty()
          || (isUntranslated(kept) && !isUntranslated(other))
          || kept.text().codePointCount(0, kept.text().length()) != kept.end() - kept.start()) {
        return List.of();
      }
      List<String> rewritten = new ArrayList<>();
      for (String suggestion : other.suggestions()) {
        rewritten.add(replace(kept.text(), kept.start(), other.start(), other.end(), suggestion));
      }
      return rewritten;
    }
  }
}
