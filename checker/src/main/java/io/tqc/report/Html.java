package io.tqc.report;

/** Escaping for text placed in HTML element content and quoted attribute values. */
final class Html {
  private Html() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    escapeTo(text, 0, text.length(), out);
    return out.toString();
  }

  static void escapeTo(String text, int from, int to, StringBuilder out) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          boolean control = (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f
              || (c >= 0x80 && c < 0xa0);
          out.append(control ? '\uFFFD' : c);
        }
      }
    }
  }
}
