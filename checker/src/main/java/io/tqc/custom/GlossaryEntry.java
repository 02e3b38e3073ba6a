package io.tqc.custom;

import java.util.List;

/**
 * One row of a glossary: the preferred term, other forms that are also correct, and forms to
 * avoid.
 *
 * @param preferred the term to use
 * @param accepted further correct forms; a document should still stick to one form
 * @param avoid forms that are wrong and get a {@code Terminology/Wrong term} finding
 * @param note why, shown in the finding's message
 * @param source source-language terms the entry translates: a segment whose source has one must
 *     use a correct form in its translation
 */
record GlossaryEntry(String preferred, List<String> accepted, List<String> avoid, String note,
    List<String> source) {
  GlossaryEntry {
    accepted = List.copyOf(accepted);
    avoid = List.copyOf(avoid);
    source = List.copyOf(source);
  }

  /** An entry without source terms. */
  GlossaryEntry(String preferred, List<String> accepted, List<String> avoid, String note) {
    this(preferred, accepted, avoid, note, List.of());
  }

  /** The preferred term first, then the accepted forms. */
  List<String> correctForms() {
    return java.util.stream.Stream.concat(java.util.stream.Stream.of(preferred),
        accepted.stream()).toList();
  }
}
