package io.tqc.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Measures how far a ZIP container (docx, odt, epub, zip) really inflates before any parser
 * opens it. Declared sizes in a crafted archive can lie, so the entries are inflated and counted,
 * stopping as soon as the limit is passed; parsers that build a whole document in memory never
 * see a zip bomb.
 */
final class ZipBombGuard {
  /** Small archives may expand freely up to this many bytes, as Tika's own guard allows. */
  private static final long FREE_BYTES = 4L << 20;

  private ZipBombGuard() {}

  static boolean isZip(byte[] head) {
    return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
  }

  /** True when the archive inflates to more than {@code ratio} times its size. */
  static boolean expandsBeyond(Path archive, long archiveSize, int ratio) throws IOException {
    long allowed = Math.max(FREE_BYTES, archiveSize * ratio);
    long inflated = 0;
    byte[] buffer = new byte[64 * 1024];
    try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
      ZipEntry entry;
      while ((entry = zip.getNextEntry()) != null) {
        int read;
        while ((read = zip.read(buffer)) > 0) {
          inflated += read;
          if (inflated > allowed) {
            return true;
          }
        }
      }
    } catch (IOException | IllegalArgumentException malformed) {
      // A damaged archive is the parser's to report; only size is judged here.
      return false;
    }
    return false;
  }
}
