package io.tqc.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutated copies of the seed in every format: whatever the bytes, the reader returns a document
 * or a {@link DocumentReadException}, never anything else.
 */
class ReaderFuzzTest {
  private static final long SEED = 20261126L;
  private static final int MUTANTS_PER_FORMAT = 300;
  private static final List<String> FORMATS = List.of("txt", "docx", "odt", "html", "pdf", "rtf");

  @TempDir
  Path dir;

  @Test
  void mutatedDocumentsNeverEscapeAsExceptions() throws Exception {
    TikaDocumentReader reader = new TikaDocumentReader(ReadLimits.defaults());
    Random random = new Random(SEED);
    List<String> escaped = new ArrayList<>();
    int documents = 0;
    int errors = 0;
    for (String format : FORMATS) {
      byte[] original = Files.readAllBytes(Path.of("../seeds/000_0d9fa9fe51ed347a." + format));
      for (int i = 0; i < MUTANTS_PER_FORMAT; i++) {
        Path file = dir.resolve("mutant-" + i + "." + format);
        Files.write(file, mutate(original, random));
        try {
          Document document = reader.read(file, file.toString());
          assertEquals(document.text().codePointCount(0, document.text().length()),
              document.index().length());
          documents++;
        } catch (DocumentReadException expected) {
          assertTrue(!expected.getMessage().isBlank());
          errors++;
        } catch (RuntimeException | Error e) {
          escaped.add(file.getFileName() + ": " + e);
        }
      }
    }
    assertEquals(List.of(), escaped);
    assertEquals(FORMATS.size() * MUTANTS_PER_FORMAT, documents + errors);
  }

  /** Flips bytes, cuts the file, or splices a block of it elsewhere, at random. */
  static byte[] mutate(byte[] original, Random random) {
    byte[] bytes = original.clone();
    switch (random.nextInt(4)) {
      case 0 -> {
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips; i++) {
          bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
      }
      case 1 -> bytes = java.util.Arrays.copyOf(bytes, 1 + random.nextInt(bytes.length));
      case 2 -> {
        int from = random.nextInt(bytes.length);
        int to = random.nextInt(bytes.length);
        int length = Math.min(1 + random.nextInt(512), Math.min(bytes.length - from,
            bytes.length - to));
        System.arraycopy(original, from, bytes, to, length);
      }
      default -> {
        int at = random.nextInt(bytes.length);
        for (int i = at; i < Math.min(bytes.length, at + 64); i++) {
          bytes[i] = 0;
        }
      }
    }
    return bytes;
  }
}
