package io.fiscaltrail.query.ledger;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.bson.Document;

/**
 * What an answer as known at a time needs of a ledger chunk's entries, and no more: each entry's
 * sequence, recorded time, effective date and contributions, in flat arrays so that a full chunk
 * can be kept decoded between requests at a tenth of the memory of maps.
 */
final class ChunkPostings {

  // Entry i contributes the amounts at positions start[i] .. start[i + 1] - 1.
  private final long[] sequence;
  private final long[] recordedSecond;
  private final int[] recordedNano;
  private final long[] epochDay;
  private final int[] start;
  private final int[] figureOf;
  private final long[] fen;
  private final String[] figureNames;

  private ChunkPostings(long[] sequence, long[] recordedSecond, int[] recordedNano, long[] epochDay,
      int[] start, int[] figureOf, long[] fen, String[] figureNames) {
    this.sequence = sequence;
    this.recordedSecond = recordedSecond;
    this.recordedNano = recordedNano;
    this.epochDay = epochDay;
    this.start = start;
    this.figureOf = figureOf;
    this.fen = fen;
    this.figureNames = figureNames;
  }

  /**
   * Decodes the {@code entries} of a stored chunk: of each, only its origin's sequence and recorded
   * time, its effective date and its contributions are read.
   */
  static ChunkPostings of(List<Document> entries) {
    int n = entries.size();
    int amounts = 0;
    for (Document entry : entries) {
      amounts += entry.get("contributions", Document.class).size();
    }
    long[] sequence = new long[n];
    long[] recordedSecond = new long[n];
    int[] recordedNano = new int[n];
    long[] epochDay = new long[n];
    int[] start = new int[n + 1];
    int[] figureOf = new int[amounts];
    long[] fen = new long[amounts];
    FigureNames names = new FigureNames();
    int at = 0;
    for (int i = 0; i < n; i++) {
      Document entry = entries.get(i);
      Document origin = entry.get("origin", Document.class);
      Instant recordedAt = Instant.parse(origin.getString("recordedAt"));
      sequence[i] = origin.get("sequence", Number.class).longValue();
      recordedSecond[i] = recordedAt.getEpochSecond();
      recordedNano[i] = recordedAt.getNano();
      epochDay[i] = LocalDate.parse(entry.getString("effectiveDate")).toEpochDay();
      start[i] = at;
      at = names.decode(entry.get("contributions", Document.class), figureOf, fen, at);
    }
    start[n] = at;
    return new ChunkPostings(sequence, recordedSecond, recordedNano, epochDay, start, figureOf, fen, names.toArray());
  }

  int size() {
    return sequence.length;
  }

  /** Folds into {@code figures} the entries up to {@code lastSequence} recorded at or before {@code knownAt}. */
  void addKnownAt(Instant knownAt, long lastSequence, DailyFigures figures) {
    for (int i = 0; i < sequence.length; i++) {
      if (sequence[i] <= lastSequence && recordedAtOrBefore(i, knownAt)) {
        LocalDate date = LocalDate.ofEpochDay(epochDay[i]);
        for (int a = start[i]; a < start[i + 1]; a++) {
          figures.add(date, figureNames[figureOf[a]], fen[a]);
        }
      }
    }
  }

  private boolean recordedAtOrBefore(int i, Instant knownAt) {
    return recordedSecond[i] < knownAt.getEpochSecond()
        || recordedSecond[i] == knownAt.getEpochSecond() && recordedNano[i] <= knownAt.getNano();
  }

  /** Roughly the bytes this holds, for a cache's weight. */
  int weight() {
    return 28 * sequence.length + 12 * fen.length;
  }
}
