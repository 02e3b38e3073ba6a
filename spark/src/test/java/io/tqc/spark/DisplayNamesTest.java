package io.tqc.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class DisplayNamesTest {
  private final DisplayNames names = new DisplayNames(List.of(
      new DisplayNames.Root("seeds", "file:/work/tqc/seeds"),
      new DisplayNames.Root("one.txt", "file:/work/tqc/one.txt")));

  @Test
  void aFileInAGivenFolderIsNamedByTheFolderAsGiven() {
    assertEquals("seeds/a.txt", names.of("file:/work/tqc/seeds/a.txt"));
    assertEquals("seeds/sub/b.docx", names.of("file:/work/tqc/seeds/sub/b.docx"));
  }

  @Test
  void aGivenFileKeepsItsNameAndOtherFilesTheirUri() {
    assertEquals("one.txt", names.of("file:/work/tqc/one.txt"));
    assertEquals("file:/work/tqc/seeds-old/a.txt", names.of("file:/work/tqc/seeds-old/a.txt"));
  }
}
