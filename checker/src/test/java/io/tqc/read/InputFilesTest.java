package io.tqc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.tqc.read.InputFiles.Input;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir
  Path dir;

  private static List<String> names(List<Input> inputs) {
    return inputs.stream().map(i -> i.displayName() + (i.skipped() ? " [skipped]" : "")).toList();
  }

  @Test
  void walksFoldersSortedSkippingHiddenAndFollowingGlobs() throws Exception {
    Files.createDirectories(dir.resolve("b/sub"));
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(dir.resolve("b/sub/z.txt"), "z");
    Files.writeString(dir.resolve("b/a.docx"), "a");
    Files.writeString(dir.resolve("b/.hidden.txt"), "h");
    Files.writeString(dir.resolve(".git/config"), "c");
    Files.writeString(dir.resolve("c.txt"), "c");

    List<Input> all = new InputFiles(List.of(), List.of()).expand(List.of(dir));
    assertEquals(List.of(dir + "/b/a.docx", dir + "/b/sub/z.txt", dir + "/c.txt"), names(all));

    List<Input> txt = new InputFiles(List.of("*.txt"), List.of("b/sub/*")).expand(List.of(dir));
    assertEquals(List.of(dir + "/c.txt"), names(txt));
  }

  @Test
  void symlinkLoopsEndAndOtherFilesAreSkippedUnopened() throws Exception {
    Files.createDirectories(dir.resolve("a"));
    Files.writeString(dir.resolve("a/x.txt"), "x");
    Files.createSymbolicLink(dir.resolve("a/loop"), dir.resolve("a"));
    Path fifo = dir.resolve("a/pipe.txt");
    Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
    assertEquals(0, mkfifo.waitFor());

    List<Input> inputs = new InputFiles(List.of(), List.of()).expand(List.of(dir.resolve("a")));
    // The link back to its own ancestor is recognised as a loop and not entered at all.
    assertEquals(List.of(dir + "/a/pipe.txt [skipped]", dir + "/a/x.txt"), names(inputs));
  }

  @Test
  void missingPathIsReportedNotFatal() {
    List<Input> inputs = new InputFiles(List.of(), List.of())
        .expand(List.of(dir.resolve("nope.txt")));
    assertEquals(1, inputs.size());
    assertEquals("no such file or folder", inputs.get(0).skipReason());
  }
}
