package io.tqc.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * Says what went wrong with a file in words. Java's file exceptions often carry nothing but the
 * path ({@code FileAlreadyExistsException: reports}), which reads as no reason at all.
 */
final class IoProblem {
  private IoProblem() {}

  /** The file and what is wrong with it: "reports.csv is a file, not a folder". */
  static String describe(IOException e) {
    if (e instanceof FileSystemException fs) {
      String file = fs.getFile() == null ? "" : fs.getFile();
      String problem = problem(fs);
      if (problem != null) {
        return file.isEmpty() ? problem : file + " " + problem;
      }
      String reason = fs.getReason() == null ? e.getClass().getSimpleName() : fs.getReason();
      return file.isEmpty() ? reason : file + ": " + reason;
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  /** What is wrong, for the exceptions that carry no reason of their own; else null. */
  private static String problem(FileSystemException e) {
    if (e instanceof FileAlreadyExistsException) {
      return e.getFile() != null && Files.isDirectory(Path.of(e.getFile())) ? "already exists"
          : "is a file, not a folder";
    }
    if (e instanceof NotDirectoryException) {
      return "is not a folder";
    }
    if (e instanceof NoSuchFileException) {
      return "does not exist";
    }
    if (e instanceof AccessDeniedException) {
      return "cannot be written: permission denied";
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "is a folder that is not empty";
    }
    // Other file system errors carry the operating system's reason ("Not a directory",
    // "No space left on device", "Read-only file system").
    return null;
  }
}
