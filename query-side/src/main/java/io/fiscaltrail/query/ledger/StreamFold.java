package io.fiscaltrail.query.ledger;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How far a book has folded its stream in: the last event applied (an event at or below it is a
 * redelivery and is ignored, which keeps a projection idempotent), the figures per effective date,
 * when each ledger chunk's entries were recorded, and the checkpoints passed and not yet taken for
 * the ledger to keep before the book is saved. A year's book and an asset register's share it.
 */
public final class StreamFold {

  private long appliedSequence;
  private final DailyFigures figures;
  private final RecordingIndex recorded;
  private final List<Checkpoint> passedCheckpoints = new ArrayList<>();

  public StreamFold(long appliedSequence, DailyFigures figures, RecordingIndex recorded) {
    this.appliedSequence = appliedSequence;
    this.figures = figures;
    this.recorded = recorded;
  }

  /** A stream no event has reached yet. */
  public static StreamFold empty() {
    return new StreamFold(-1, DailyFigures.empty(), RecordingIndex.of(Map.of()));
  }

  public long appliedSequence() {
    return appliedSequence;
  }

  public DailyFigures figures() {
    return figures;
  }

  public RecordingIndex recorded() {
    return recorded;
  }

  /**
   * The checkpoints passed since the book was read or since they were last taken, for the ledger
   * to keep before the book is saved; a book folded on across batches hands each over once.
   */
  public List<Checkpoint> takePassedCheckpoints() {
    List<Checkpoint> taken = List.copyOf(passedCheckpoints);
    passedCheckpoints.clear();
    return taken;
  }

  /** Applies the event at {@code sequence} by running {@code change}; false when it was applied already. */
  public boolean apply(long sequence, Runnable change) {
    if (sequence <= appliedSequence) {
      return false;
    }
    passedCheckpoints.addAll(Checkpoint.passed(appliedSequence, sequence, figures));
    change.run();
    appliedSequence = sequence;
    return true;
  }

  /** Folds a money fact into the figures and the recording index, with whatever else it changes. */
  public boolean post(LedgerEntry entry, Runnable alsoChange) {
    return apply(entry.sequence(), () -> {
      figures.add(entry.effectiveDate(), entry.contributions());
      recorded.add(entry);
      alsoChange.run();
    });
  }
}
