package io.tqc.read.bilingual;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/** Counts element depth while a file is read, so that a hostile file cannot nest without end. */
final class NestingGuard {
  private final int maxDepth;
  private int depth;

  NestingGuard(int maxDepth) {
    this.maxDepth = maxDepth;
  }

  void enter(XMLStreamReader xml) throws XMLStreamException {
    if (++depth > maxDepth) {
      throw new TooDeep(xml);
    }
  }

  void leave() {
    depth--;
  }

  /** The file nests elements deeper than the limit. */
  static final class TooDeep extends XMLStreamException {
    TooDeep(XMLStreamReader xml) {
      super("elements nested too deep", xml.getLocation());
    }
  }
}
