package io.tqc.report;

/**
 * Makes document text safe to hand to report.html's templates, which escape markup themselves:
 * control characters are replaced with U+FFFD because HTML has no way to carry them and a
 * browser would otherwise drop or mangle them silently.
 */
final class Html {
  private Html() {}

  static String visible(String text) {
    if (text == null) {
      return "";
    }
    int first = firstControl(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text);
    for (int i = first; i < out.length(); i++) {
      if (isControl(out.charAt(i))) {
        out.setCharAt(i, '\uFFFD');
      }
    }
    return out.toString();
  }

  private static int firstControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isControl(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isControl(char c) {
    return (c < 0x20 && c != '\n' && c != '\t') || c == 0x7f || (c >= 0x80 && c < 0xa0);
  }
}
