package io.tqc.source;

import io.tqc.read.InlineCode;
import io.tqc.read.InlineCode.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The codes and placeholders of one side of a segment, in text order. */
final class Placeholders {
  /**
   * Placeholders written in text: ICU and .NET {@code {0}}, Mustache {@code {{name}}}, shell
   * {@code ${name}}, printf {@code %s} {@code %1$d} {@code %(name)s}, and HTML or XML tags.
   */
  private static final Pattern IN_TEXT = Pattern.compile(
      "\\{\\{\\s*[\\w.]+\\s*}}"
      + "|\\$\\{[\\w.]+}"
      + "|\\{\\d+(?:,[^{}]*)?}|\\{[A-Za-z_][\\w.]*}"
      + "|(?<![A-Za-z0-9%])%(?:\\d+\\$)?[-+#0]?\\d*(?:\\.\\d+)?[sdfiuxXeEgGc@](?![A-Za-z])"
      + "|(?<![A-Za-z0-9%])%\\(\\w+\\)[sdif]"
      + "|</?[A-Za-z][A-Za-z0-9]*(?:\\s+[A-Za-z-]+(?:=(?:\"[^\"<>]*\"|'[^'<>]*'))?)*\\s*/?>");
  private static final Pattern TAG_NAME = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)");

  private Placeholders() {}

  /**
   * The placeholders of a text and its inline codes; offsets of codes are code points into
   * {@code text}, those of the result UTF-16.
   */
  static List<Placeholder> of(String text, List<InlineCode> codes) {
    List<Placeholder> out = new ArrayList<>();
    for (InlineCode code : codes) {
      int at = text.offsetByCodePoints(0, Math.min(code.offset(), text.codePointCount(0,
          text.length())));
      String role = code.kind() == Kind.OPENING ? "open" : code.kind() == Kind.CLOSING
          ? "close" : "";
      String shown = code.kind() == Kind.CLOSING ? "</" + code.element() + ">"
          : "<" + code.element() + (code.id().isEmpty() ? "" : " id=\"" + code.id() + "\"")
              + (code.kind() == Kind.STANDALONE ? "/" : "") + ">";
      String identity = code.id().isEmpty() ? code.element() + ":" + code.data() : code.id();
      out.add(new Placeholder(role + ":" + identity, code.kind(), identity, at, at, shown));
    }
    Matcher m = IN_TEXT.matcher(text);
    while (m.find()) {
      String found = m.group();
      Kind kind = Kind.STANDALONE;
      String pairKey = found;
      if (found.startsWith("<") && !found.endsWith("/>")) {
        Matcher name = TAG_NAME.matcher(found);
        name.find();
        kind = found.startsWith("</") ? Kind.CLOSING : Kind.OPENING;
        pairKey = name.group(1).toLowerCase(Locale.ROOT);
        if (List.of("br", "img", "hr", "input", "meta", "link").contains(pairKey)) {
          kind = Kind.STANDALONE;
          pairKey = found;
        }
      }
      String key = kind == Kind.CLOSING ? "</" + pairKey + ">" : found;
      out.add(new Placeholder(key, kind, pairKey, m.start(), m.end(), found));
    }
    out.sort(java.util.Comparator.comparingInt(Placeholder::start));
    return out;
  }

  /** printf conversions without a position, whose order is the order of the arguments. */
  static boolean orderMatters(Placeholder p) {
    return p.shown().matches("%[-+#0]?\\d*(?:\\.\\d+)?[sdfiuxXeEgGc@]");
  }
}
