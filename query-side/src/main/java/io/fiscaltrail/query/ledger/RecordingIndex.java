package io.fiscaltrail.query.ledger;

import java.time.Instant;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * For each ledger chunk of a stream, the earliest and the latest time its entries were recorded.
 * It tells an answer as known at a time which chunks it can take whole from a checkpoint, which it
 * must read and filter, and which it can skip, without reading any of them. A chunk with no entry
 * has no span. An index that is not {@code complete} (a book folded before the index was kept)
 * knows nothing, so every chunk of it is read and filtered.
 */
public final class RecordingIndex {

  /** When the entries of one chunk were recorded. */
  public record Span(Instant earliest, Instant latest) {

    Span with(Instant recordedAt) {
      return new Span(
          recordedAt.isBefore(earliest) ? recordedAt : earliest,
          recordedAt.isAfter(latest) ? recordedAt : latest);
    }
  }

  private final NavigableMap<Long, Span> spans;
  private final boolean complete;

  private RecordingIndex(Map<Long, Span> spans, boolean complete) {
    this.spans = new TreeMap<>(spans);
    this.complete = complete;
  }

  public static RecordingIndex of(Map<Long, Span> spans) {
    return new RecordingIndex(spans, true);
  }

  /** The index of a book folded before recorded times were indexed. */
  public static RecordingIndex unknown() {
    return new RecordingIndex(Map.of(), false);
  }

  public void add(LedgerEntry entry) {
    if (complete) {
      Instant at = entry.origin().recordedAt();
      spans.merge(LedgerChunks.chunkOf(entry.sequence()), new Span(at, at), (span, added) -> span.with(at));
    }
  }

  public boolean complete() {
    return complete;
  }

  public NavigableMap<Long, Span> spans() {
    return spans;
  }

  /** How many leading chunks, of {@code 0 … lastChunk}, hold only entries recorded at or before {@code knownAt}. */
  long wholeChunksKnownAt(Instant knownAt, long lastChunk) {
    long chunk = 0;
    while (chunk <= lastChunk && wholeKnownAt(chunk, knownAt)) {
      chunk++;
    }
    return chunk;
  }

  /** Whether the chunk may hold an entry recorded at or before {@code knownAt}: if so it must be read. */
  boolean mayHoldKnownAt(long chunk, Instant knownAt) {
    if (!complete) {
      return true;
    }
    Span span = spans.get(chunk);
    return span != null && !span.earliest().isAfter(knownAt);
  }

  private boolean wholeKnownAt(long chunk, Instant knownAt) {
    if (!complete) {
      return false;
    }
    Span span = spans.get(chunk);
    return span == null || !span.latest().isAfter(knownAt);
  }
}
