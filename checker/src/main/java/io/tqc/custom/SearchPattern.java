package io.tqc.custom;

import java.util.List;
import java.util.regex.Pattern;

/** A pack rule's regex with the {@link RequiredText} a document must hold for it to match. */
record SearchPattern(Pattern regex, List<String> required) {
  static SearchPattern of(Pattern regex) {
    return new SearchPattern(regex, RequiredText.of(regex));
  }
}
