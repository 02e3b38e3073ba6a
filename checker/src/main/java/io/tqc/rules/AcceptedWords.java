package io.tqc.rules;

import io.tqc.engine.EditorFileText;
import io.tqc.engine.LanguageToolSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.languagetool.rules.Rule;
import org.languagetool.rules.spelling.SpellingCheckRule;

/**
 * Editors' lists of accepted words and names, {@code rules/<lang>/accept.txt}: one word or
 * phrase a line, {@code #} starts a comment. They are handed to LanguageTool's spellers when a
 * session is created, so LanguageTool itself stops flagging them.
 */
public final class AcceptedWords {
  public static final String FILE_NAME = "accept.txt";

  private AcceptedWords() {}

  /**
   * Configures each new session with the lists of its language from the rule folders: a folder
   * holds language folders ({@code rules/en/accept.txt}) or is one ({@code packs/en}).
   */
  public static Consumer<LanguageToolSession> from(List<Path> ruleFolders) {
    return session -> {
      String language = session.language().getShortCode();
      for (Path folder : ruleFolders) {
        for (Path file : List.of(folder.resolve(language).resolve(FILE_NAME),
            folder.resolve(FILE_NAME))) {
          boolean forThisLanguage = file.getParent().getFileName() != null
              && file.getParent().getFileName().toString().equals(language);
          if (forThisLanguage && Files.isRegularFile(file)) {
            apply(session, read(file));
          }
        }
      }
    };
  }

  /**
   * The entries of a list, decoded as rule packs are (UTF-8, else windows-1252): the pack loader
   * has already refused a list that cannot be decoded, naming its line.
   */
  static List<String> read(Path file) {
    try {
      List<String> entries = new ArrayList<>();
      for (String line : EditorFileText.read(file).text().split("\\R")) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          entries.add(entry);
        }
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    } catch (EditorFileText.UndecodableException e) {
      throw new UncheckedIOException(new IOException("cannot read " + file + ":" + e.line()
          + ": " + e.getMessage(), e));
    }
  }

  static void apply(LanguageToolSession session, List<String> entries) {
    List<String> words = new ArrayList<>();
    List<String> phrases = new ArrayList<>();
    for (String entry : entries) {
      (entry.contains(" ") ? phrases : words).add(entry);
    }
    for (Rule rule : session.languageTool().getAllActiveRules()) {
      if (rule instanceof SpellingCheckRule speller) {
        speller.addIgnoreTokens(words);
        if (!phrases.isEmpty()) {
          speller.acceptPhrases(phrases);
        }
      }
    }
  }
}
