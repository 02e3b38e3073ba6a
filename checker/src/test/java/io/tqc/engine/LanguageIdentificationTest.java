package io.tqc.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.languagetool.DetectedLanguage;

class LanguageIdentificationTest {
  private static final List<String> SENTENCES = List.of(
      "The committee will publish its final report early next year.",
      "Die Regierung wird die Steuern im nächsten Jahr deutlich senken.",
      "Le gouvernement a annoncé une nouvelle réforme des retraites hier soir.",
      "El presidente anunció ayer un nuevo plan para reducir el desempleo en el país.",
      "Il governo ha approvato ieri sera la nuova legge sul lavoro e sulle pensioni.",
      "De regering heeft gisteren een nieuw plan voor de woningmarkt gepresenteerd.");

  private static String identify(String text) {
    DetectedLanguage detected = LanguageIdentification.detect(text);
    return detected.getDetectedLanguage().getShortCode() + " "
        + detected.getDetectionConfidence();
  }

  @Test
  void identifiesEachLanguage() {
    assertEquals(List.of("en", "de", "fr", "es", "it", "nl"), SENTENCES.stream()
        .map(s -> LanguageIdentification.detect(s).getDetectedLanguage().getShortCode())
        .toList());
  }

  /** No lock is taken, so threads identifying at once must get what one thread gets. */
  @Test
  void threadsIdentifyingAtOnceGetTheSameAnswersAsOne() throws Exception {
    List<String> alone = SENTENCES.stream().map(LanguageIdentificationTest::identify).toList();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<String>>> runs = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        runs.add(pool.submit(() -> {
          List<String> answers = new ArrayList<>();
          for (int round = 0; round < 50; round++) {
            answers.addAll(SENTENCES.stream().map(LanguageIdentificationTest::identify).toList());
          }
          return answers;
        }));
      }
      List<String> expected = new ArrayList<>();
      for (int round = 0; round < 50; round++) {
        expected.addAll(alone);
      }
      for (Future<List<String>> run : runs) {
        assertEquals(expected, run.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
