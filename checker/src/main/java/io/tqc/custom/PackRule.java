package io.tqc.custom;

import io.tqc.engine.Rule;

/** A rule defined in an editor's rule pack rather than in Java. */
public interface PackRule extends Rule {

  /** How the rule is written: {@code phrase}, {@code regex}, {@code word}, {@code xml} or {@code glossary}. */
  String kind();
}
