package io.tqc.custom;

import io.tqc.engine.Category;
import io.tqc.engine.CheckContext;
import io.tqc.engine.Finding;
import io.tqc.engine.Severity;
import io.tqc.read.DocumentSegment;
import io.tqc.read.TextIndex;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.languagetool.Language;

/**
 * One glossary entry as a rule: every form to avoid is a {@code Terminology/Wrong term}, in any
 * inflection LanguageTool knows ("dock workers" for "dock worker"), with the preferred term in
 * the same form as its suggestion ("port workers"); and when
 * a document uses two correct forms of the entry, the less frequent ones are flagged as
 * {@code Terminology/Inconsistent} (on a tie the form listed first wins). For bilingual input, a
 * segment whose source has one of the entry's source terms and whose translation has no correct
 * form of it, in any inflection, gets a {@code Terminology/Wrong term} at its end.
 */
final class GlossaryRule extends TableRule {
  static final Category WRONG_TERM = new Category("Terminology", "Wrong term");
  static final Category INCONSISTENT = new Category("Terminology", "Inconsistent");

  private final GlossaryEntry entry;
  private final List<SearchPattern> avoidPatterns;
  private final List<SearchPattern> correctPatterns;
  private final boolean caseSensitive;
  /** Per language variant: the preferred term, then each avoided term, as analysed. */
  private final Map<String, List<InflectedTerm>> analysed = new ConcurrentHashMap<>();
  /** Per language variant: the correct forms, as analysed. */
  private final Map<String, List<InflectedTerm>> analysedCorrect = new ConcurrentHashMap<>();
  private final List<Pattern> sourcePatterns;

  GlossaryRule(PackRuleInfo info, GlossaryEntry entry, boolean caseSensitive) {
    super(info);
    this.entry = entry;
    this.caseSensitive = caseSensitive;
    this.avoidPatterns = entry.avoid().stream()
        .map(term -> SearchPattern.of(PhrasePattern.compile(term, caseSensitive))).toList();
    this.correctPatterns = entry.correctForms().stream()
        .map(term -> SearchPattern.of(PhrasePattern.compile(term, caseSensitive))).toList();
    this.sourcePatterns = entry.source().stream().map(GlossaryRule::sourcePattern).toList();
  }

  /**
   * A source term is found as a whole word, whatever its case; in Chinese or Japanese, which do
   * not space words, anywhere.
   */
  private static Pattern sourcePattern(String term) {
    boolean unspaced = term.codePoints().anyMatch(cp -> {
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
          || script == Character.UnicodeScript.KATAKANA;
    });
    return unspaced ? Pattern.compile(Pattern.quote(term.strip()), Pattern.CASE_INSENSITIVE
        | Pattern.UNICODE_CASE) : PhrasePattern.compile(term, false);
  }

  @Override
  public List<Finding> check(CheckContext context) {
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < avoidPatterns.size(); i++) {
      String message = "Use \u201C" + entry.preferred() + "\u201D, not \u201C"
          + entry.avoid().get(i) + "\u201D" + (entry.note().isEmpty() ? "" : ": " + entry.note());
      for (WrongTerm wrong : wrongTerms(i, context)) {
        context.checkDeadline();
        findings.add(context.findings().create(wrong.from(), wrong.to(), info.id(),
            info.source(), WRONG_TERM, info.severity(), message, List.of(wrong.suggestion())));
      }
    }
    List<List<int[]>> uses = usesOfCorrectForms(context);
    if (!sourcePatterns.isEmpty()) {
      findings.addAll(untranslatedSourceTerms(context, uses));
    }
    int keeper = 0;
    for (int i = 1; i < uses.size(); i++) {
      if (uses.get(i).size() > uses.get(keeper).size()) {
        keeper = i;
      }
    }
    String kept = entry.correctForms().get(keeper);
    for (int i = 0; i < uses.size(); i++) {
      if (i == keeper || uses.get(keeper).isEmpty()) {
        continue;
      }
      String message = "The document mostly writes \u201C" + kept + "\u201D ("
          + uses.get(keeper).size() + "\u00D7); use one form of the term";
      for (int[] span : uses.get(i)) {
        context.checkDeadline();
        findings.add(context.findings().create(span[0], span[1], info.id(), info.source(),
            INCONSISTENT, Severity.MINOR, message, List.of(kept)));
      }
    }
    return findings;
  }

  /**
   * Segments whose source has a source term while the translation has no correct form of the
   * entry: a point at the end of the segment's text, quoting the source term.
   */
  private List<Finding> untranslatedSourceTerms(CheckContext context, List<List<int[]>> uses) {
    List<Finding> findings = new ArrayList<>();
    List<int[]> correct = new ArrayList<>();
    uses.forEach(correct::addAll);
    correct.addAll(inflectedCorrectForms(context));
    TextIndex index = context.document().index();
    for (DocumentSegment segment : context.document().segmentation().segments()) {
      context.checkDeadline();
      if (!segment.hasSource()) {
        continue;
      }
      String term = sourceTermIn(segment.source());
      if (term == null) {
        continue;
      }
      int from = index.toUtf16(segment.start());
      int to = index.toUtf16(segment.end());
      if (correct.stream().anyMatch(span -> span[0] >= from && span[1] <= to)) {
        continue;
      }
      int end = from + context.text().substring(from, to).stripTrailing().length();
      findings.add(context.findings().create(end, end, info.id(), info.source(), WRONG_TERM,
          info.severity(), "The source's \u201C" + term + "\u201D is \u201C" + entry.preferred()
              + "\u201D in the glossary, and the translation does not use it"
              + (entry.note().isEmpty() ? "" : ": " + entry.note()),
          List.of(entry.preferred())));
    }
    return findings;
  }

  private String sourceTermIn(String source) {
    for (int i = 0; i < sourcePatterns.size(); i++) {
      if (sourcePatterns.get(i).matcher(source).find()) {
        return entry.source().get(i);
      }
    }
    return null;
  }

  /** The places of the correct forms in other inflections, on LanguageTool's analysis. */
  private List<int[]> inflectedCorrectForms(CheckContext context) {
    Language language = context.language();
    List<int[]> spans = new ArrayList<>();
    if (language == null || context.sentences().isEmpty()) {
      return spans;
    }
    List<InflectedTerm> terms = analysedCorrect.computeIfAbsent(
        language.getShortCodeWithCountryAndVariant(), code -> entry.correctForms().stream()
            .map(form -> InflectedTerm.analyse(form, language, caseSensitive)).toList());
    for (InflectedTerm term : terms) {
      for (InflectedTerm.Match match : term.find(SentenceTokens.of(context), context.text())) {
        spans.add(new int[] {match.from(), match.to()});
      }
    }
    return spans;
  }

  /** An avoided term found in the text, and the preferred term in the form it was found in. */
  private record WrongTerm(int from, int to, String suggestion) {}

  /**
   * The places of the i-th avoided term: as written (any spacing and apostrophe, as phrases are
   * found), and in any other inflection on LanguageTool's analysis, ordered by position.
   */
  private List<WrongTerm> wrongTerms(int i, CheckContext context) {
    TreeMap<Integer, WrongTerm> byStart = new TreeMap<>();
    for (int[] span : spans(avoidPatterns.get(i), context)) {
      byStart.put(span[0], new WrongTerm(span[0], span[1], entry.preferred()));
    }
    Language language = context.language();
    if (language == null || context.sentences().isEmpty()) {
      return List.copyOf(byStart.values());
    }
    List<InflectedTerm> terms = analysed.computeIfAbsent(
        language.getShortCodeWithCountryAndVariant(), code -> analyse(language));
    InflectedTerm preferred = terms.get(0);
    for (InflectedTerm.Match match : terms.get(i + 1).find(SentenceTokens.of(context),
        context.text())) {
      if (!overlaps(byStart, match.from(), match.to())) {
        byStart.put(match.from(), new WrongTerm(match.from(), match.to(),
            preferred.inflectedLike(match, entry.preferred(), language)));
      }
    }
    return List.copyOf(byStart.values());
  }

  private List<InflectedTerm> analyse(Language language) {
    List<InflectedTerm> terms = new ArrayList<>();
    terms.add(InflectedTerm.analyse(entry.preferred(), language, caseSensitive));
    for (String avoid : entry.avoid()) {
      terms.add(InflectedTerm.analyse(avoid, language, caseSensitive));
    }
    return terms;
  }

  private static boolean overlaps(TreeMap<Integer, WrongTerm> byStart, int from, int to) {
    Map.Entry<Integer, WrongTerm> before = byStart.floorEntry(to - 1);
    return before != null && before.getValue().to() > from;
  }

  /**
   * The spans of each correct form. A span that several forms match (COVID-19 and Covid-19 when
   * case does not matter) counts once: for the form written exactly so, else the first listed.
   */
  private List<List<int[]>> usesOfCorrectForms(CheckContext context) {
    List<String> forms = entry.correctForms();
    List<List<int[]>> uses = new ArrayList<>();
    Map<Long, Integer> ownerOfSpan = new HashMap<>();
    for (int i = 0; i < forms.size(); i++) {
      uses.add(new ArrayList<>());
      for (int[] span : spans(correctPatterns.get(i), context)) {
        context.checkDeadline();
        long key = ((long) span[0] << 32) | span[1];
        Integer owner = ownerOfSpan.get(key);
        String written = context.text().substring(span[0], span[1]);
        if (owner == null) {
          ownerOfSpan.put(key, i);
          uses.get(i).add(span);
        } else if (!written.equals(forms.get(owner)) && written.equals(forms.get(i))) {
          uses.get(owner).removeIf(s -> s[0] == span[0] && s[1] == span[1]);
          ownerOfSpan.put(key, i);
          uses.get(i).add(span);
        }
      }
    }
    return uses;
  }

  private List<int[]> spans(SearchPattern pattern, CheckContext context) {
    List<int[]> spans = new ArrayList<>();
    forEachMatch(pattern, context, matcher -> spans.add(new int[] {matcher.start(),
        matcher.end()}));
    return spans;
  }

  @Override
  public String kind() {
    return "glossary";
  }

}
