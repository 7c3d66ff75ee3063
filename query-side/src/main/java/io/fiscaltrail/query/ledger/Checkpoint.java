package io.fiscaltrail.query.ledger;

import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a stream as its book held them just before its first event of chunk {@code number}:
 * the fold of every ledger entry of stream sequences below {@code number × ENTRIES_PER_CHUNK}. An
 * answer as known at a time starts from the last checkpoint whose chunks were all known by then.
 */
public record Checkpoint(long number, DailyFigures figures) {

  /**
   * The checkpoints a book passes when it folds {@code nextSequence} after {@code appliedSequence}:
   * one per chunk boundary in between, each holding {@code figures} as they are before that fold.
   */
  public static List<Checkpoint> passed(long appliedSequence, long nextSequence, DailyFigures figures) {
    List<Checkpoint> passed = new ArrayList<>();
    for (long n = LedgerChunks.chunkOf(Math.max(appliedSequence, 0)) + 1; n <= LedgerChunks.chunkOf(nextSequence); n++) {
      passed.add(new Checkpoint(n, figures.copy()));
    }
    return passed;
  }
}
