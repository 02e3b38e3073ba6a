package io.tqc.bench;

import io.tqc.engine.CheckContext;
import io.tqc.engine.FindingFactory;
import io.tqc.engine.LanguageResolver;
import io.tqc.engine.LanguageToolPool;
import io.tqc.engine.LanguageToolSession;
import io.tqc.engine.Rule;
import io.tqc.read.Document;
import io.tqc.rules.BuiltinRules;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.languagetool.AnalyzedSentence;
import org.languagetool.Language;

/**
 * How the time of each built-in rule grows with the length of a document. Builds one-line
 * documents of the given sizes from the {@code .txt} articles of a folder (joined by spaces, like
 * an article pasted without line breaks; from 100 KB on, a 100 KB document repeated), analyses
 * them with LanguageTool (not timed), and times every rule's check() on each several times in one
 * JVM, after a warm-up. Prints a Markdown table of the median CPU milliseconds per rule and size
 * and the growth exponent between the second and the largest size: 1 when the time grows with
 * the length, 2 when it grows with its square. Not a test; run by {@code bench/rule-scaling.sh}.
 *
 * <p>Arguments: language, folder, runs, sizes in bytes.
 */
public final class RuleScaling {
  private static final ThreadMXBean THREAD_TIME = ManagementFactory.getThreadMXBean();
  /** Bytes of the one document LanguageTool analyses for the sizes from this one up. */
  private static final int UNIT = 100_000;
  private static final String SEGMENTATION = "(segments, shared by 6 rules)";

  private RuleScaling() {}

  public static void main(String[] args) throws Exception {
    Language language = new LanguageResolver(args[0], LanguageResolver.DEFAULT_VARIANTS)
        .forCode(args[0]);
    String code = language.getShortCodeWithCountryAndVariant();
    String corpus = oneLine(Path.of(args[1]));
    int runs = Integer.parseInt(args[2]);
    int[] sizes = Arrays.stream(args, 3, args.length).mapToInt(Integer::parseInt).toArray();
    LanguageToolSession session = new LanguageToolPool(s -> { }).session(language);
    List<Rule> rules = BuiltinRules.all().stream().filter(r -> r.appliesTo(code)).toList();

    Map<String, double[]> medians = new LinkedHashMap<>();
    medians.put(SEGMENTATION, new double[sizes.length]);
    for (Rule rule : rules) {
      medians.put(rule.id(), new double[sizes.length]);
    }
    int[] words = new int[sizes.length];
    // Documents of UNIT bytes or more are the UNIT document repeated: LanguageTool analyses the
    // repeated text the same way each time, so its analysis is repeated too instead of redone.
    String unit = document(corpus, UNIT) + " ";
    List<AnalyzedSentence> unitSentences = session.check(unit, () -> false).sentences();
    for (int s = 0; s < sizes.length; s++) {
      String text;
      List<AnalyzedSentence> sentences;
      if (sizes[s] < UNIT) {
        text = document(corpus, sizes[s]);
        sentences = session.check(text, () -> false).sentences();
      } else {
        int copies = Math.round((float) sizes[s] / UNIT);
        text = unit.repeat(copies);
        sentences = new ArrayList<>();
        for (int c = 0; c < copies; c++) {
          sentences.addAll(unitSentences);
        }
      }
      Document document = Document.of("doc-" + sizes[s] + ".txt", text, "text/plain", "", false);
      words[s] = document.words();
      System.err.printf("bench: %,d bytes, %,d words, %,d sentences%n",
          text.getBytes(StandardCharsets.UTF_8).length, words[s], sentences.size());
      Map<String, List<Double>> times = new LinkedHashMap<>();
      // One run more than asked: the first warms up the JIT and is not counted.
      for (int run = 0; run <= runs; run++) {
        CheckContext context = new CheckContext(document, language, sentences,
            new FindingFactory(document, code));
        // The first rule to ask splits the document into segments; the others reuse them, so
        // each rule is timed on a context where the split is done, and the split on its own.
        double first = millis(rules.get(0), context);
        double again = millis(rules.get(0), context);
        if (run > 0) {
          times.computeIfAbsent(SEGMENTATION, k -> new ArrayList<>())
              .add(Math.max(0, first - again));
        }
        for (Rule rule : rules) {
          double ms = millis(rule, context);
          if (run > 0) {
            times.computeIfAbsent(rule.id(), k -> new ArrayList<>()).add(ms);
          }
        }
      }
      for (Map.Entry<String, List<Double>> e : times.entrySet()) {
        medians.get(e.getKey())[s] = median(e.getValue());
      }
      System.err.printf("bench: %,d bytes done%n", sizes[s]);
    }
    print(sizes, words, runs, medians);
  }

  /** CPU time of this thread, which other load on the machine moves less than wall time. */
  private static double millis(Rule rule, CheckContext context) {
    long start = THREAD_TIME.getCurrentThreadCpuTime();
    rule.check(context);
    return (THREAD_TIME.getCurrentThreadCpuTime() - start) / 1e6;
  }

  /** The articles of a folder, in name order, on one line. */
  private static String oneLine(Path folder) throws Exception {
    List<Path> files;
    try (Stream<Path> listing = Files.list(folder)) {
      files = listing.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    StringBuilder text = new StringBuilder();
    for (Path file : files) {
      text.append(Files.readString(file, StandardCharsets.UTF_8).strip().replaceAll("\\s+", " "))
          .append(' ');
    }
    return text.toString();
  }

  /** The corpus repeated up to {@code bytes} UTF-8 bytes, cut after the last full stop. */
  private static String document(String corpus, int bytes) {
    StringBuilder text = new StringBuilder();
    int length = 0;
    outer:
    while (true) {
      for (int i = 0; i < corpus.length(); i++) {
        char c = corpus.charAt(i);
        length += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
        if (length > bytes) {
          break outer;
        }
        text.append(c);
      }
    }
    int end = text.lastIndexOf(". ");
    return end > 0 ? text.substring(0, end + 1) : text.toString();
  }

  private static double median(List<Double> values) {
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static void print(int[] sizes, int[] words, int runs, Map<String, double[]> medians) {
    StringBuilder out = new StringBuilder();
    out.append("| rule |");
    for (int s = 0; s < sizes.length; s++) {
      out.append(String.format(Locale.ROOT, " %s (%,d words), CPU ms |", label(sizes[s]), words[s]));
    }
    int last = sizes.length - 1;
    out.append(String.format(Locale.ROOT, " ms per MB at %s | growth %s → %s (size ×%.0f) |"
        + " exponent |%n", label(sizes[last]), label(sizes[last - 1]), label(sizes[last]),
        (double) sizes[last] / sizes[last - 1]));
    out.append("| --- |").append(" ---: |".repeat(sizes.length + 3)).append('\n');
    for (Map.Entry<String, double[]> e : medians.entrySet()) {
      double[] ms = e.getValue();
      out.append("| ").append(e.getKey()).append(" |");
      for (double m : ms) {
        out.append(String.format(Locale.ROOT, " %.1f |", m));
      }
      double growth = ms[last] / Math.max(ms[last - 1], 0.05);
      // From the second size on: at the smallest, fixed costs hide how the time grows.
      double exponent = Math.log(ms[last] / Math.max(ms[1], 0.05))
          / Math.log((double) sizes[last] / sizes[1]);
      out.append(String.format(Locale.ROOT, " %.1f | ×%.1f | %.2f |%n",
          ms[last] / (sizes[last] / 1e6), growth, exponent));
    }
    out.append(String.format(Locale.ROOT, "%nMedians of %d runs after one warm-up run; exponent:"
        + " log(time at %s / time at %s) / log(size ratio), 1 = linear, 2 = quadratic.%n", runs,
        label(sizes[last]), label(sizes[1])));
    System.out.print(out);
  }

  private static String label(int bytes) {
    return bytes >= 1_000_000 ? bytes / 1_000_000 + " MB" : bytes / 1_000 + " KB";
  }
}
