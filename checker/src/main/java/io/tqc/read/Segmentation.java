package io.tqc.read;

import java.util.List;
import java.util.Objects;

/**
 * How a document's text divides into segments with their sources. Monolingual input has
 * {@link #NONE}: no segments, so no finding names a segment or a source.
 *
 * @param segments in text order, not overlapping
 * @param targetLanguage the target language the file declares (XLIFF, TMX), empty when it does
 *     not
 * @param note what pairing or alignment did, for summary.csv; empty when there is nothing to say
 */
public record Segmentation(List<DocumentSegment> segments, String targetLanguage, String note) {
  public static final Segmentation NONE = new Segmentation(List.of(), "", "");

  public Segmentation {
    segments = List.copyOf(segments);
    targetLanguage = targetLanguage == null ? "" : targetLanguage;
    Objects.requireNonNull(note, "note");
    for (int i = 1; i < segments.size(); i++) {
      if (segments.get(i).start() < segments.get(i - 1).end()) {
        throw new IllegalArgumentException("segments overlap or are out of order at "
            + segments.get(i).id());
      }
    }
  }

  /** No segments, only a note (a target whose source was not found). */
  public static Segmentation noted(String note) {
    return new Segmentation(List.of(), "", note);
  }

  /**
   * The segment a finding starting at this code point offset belongs to, or null. A zero-length
   * finding at a segment's end (something missing from it) belongs to that segment.
   */
  public DocumentSegment at(int offset) {
    int low = 0;
    int high = segments.size() - 1;
    DocumentSegment endingHere = null;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      DocumentSegment segment = segments.get(mid);
      if (offset < segment.start()) {
        high = mid - 1;
      } else if (offset >= segment.end()) {
        if (offset == segment.end()) {
          endingHere = segment;
        }
        low = mid + 1;
      } else {
        return segment;
      }
    }
    return endingHere;
  }
}
