package io.tqc.spark;

import java.io.Serializable;
import java.util.List;

/**
 * Names files as {@code tqc check} does: the path the user gave, followed by the file's path
 * inside it when it is a folder ({@code seeds/a.txt}), not the file system's full URI. A file
 * under none of the given paths (one a glob matched) keeps its URI.
 */
record DisplayNames(List<Root> roots) implements Serializable {

  /** A path as the user gave it and as the file system qualified it. */
  record Root(String given, String qualified) implements Serializable {}

  String of(String uri) {
    for (Root root : roots) {
      if (uri.equals(root.qualified())) {
        return root.given();
      }
      if (uri.startsWith(root.qualified() + "/")) {
        return root.given() + uri.substring(root.qualified().length());
      }
    }
    return uri;
  }
}
