package io.tqc.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.microsoft.ooxml.OPCPackageWrapper;

/**
 * Opens a Word document (.docx) without its comments. Tika's streaming Word extractor, the one
 * that can leave deleted text out, writes the comments as plain paragraphs after the body; with
 * the link from the document to its comments removed, it never reads them.
 */
final class WordComments {
  private static final Set<String> WORD_TYPES = Set.of(
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.template",
      "application/vnd.ms-word.document.macroenabled.12",
      "application/vnd.ms-word.template.macroenabled.12");

  private WordComments() {}

  static boolean isWordDocument(MediaType type) {
    return WORD_TYPES.contains(type.getBaseType().toString());
  }

  /**
   * The package in memory, never written back (closing the wrapper reverts it), without the
   * relationships from its main document to comments; null when it cannot be opened, so that
   * Tika's own reading reports what is wrong with the file.
   */
  static OPCPackageWrapper openWithoutComments(Path docx) {
    OPCPackage pkg;
    try (InputStream in = Files.newInputStream(docx)) {
      pkg = OPCPackage.open(in);
    } catch (IOException | InvalidFormatException | RuntimeException e) {
      return null;
    }
    try {
      List<PackageRelationship> documents = new ArrayList<>();
      pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT).forEach(documents::add);
      pkg.getRelationshipsByType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT)
          .forEach(documents::add);
      for (PackageRelationship document : documents) {
        PackagePart main = pkg.getPart(document);
        if (main == null) {
          continue;
        }
        List<String> comments = new ArrayList<>();
        for (PackageRelationship related : main.getRelationships()) {
          // Transitional and Strict OOXML name the type by different URIs, both ending so.
          if (related.getRelationshipType().endsWith("/comments")) {
            comments.add(related.getId());
          }
        }
        comments.forEach(main::removeRelationship);
      }
    } catch (InvalidFormatException | RuntimeException e) {
      pkg.revert();
      return null;
    }
    return new OPCPackageWrapper(pkg);
  }
}
