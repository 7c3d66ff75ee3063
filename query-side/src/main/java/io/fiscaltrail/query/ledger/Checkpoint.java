package io.fiscaltrail.query.ledger;

import java.util.ArrayList;
import java.util.List;
import org.bson.BsonDocument;

/**
 * The figures of a stream as its book held them just before its first event of chunk {@code number}:
 * the fold of every ledger entry of stream sequences below {@code number × ENTRIES_PER_CHUNK}. An
 * answer as known at a time starts from the last checkpoint whose chunks were all known by then.
 */
public record Checkpoint(long number, BsonDocument days) {

  /**
   * The checkpoints a book passes when it folds {@code nextSequence} after {@code appliedSequence}:
   * one per chunk boundary in between, each holding {@code figures} as they are before that fold,
   * already as the document they are stored as (which is what a copy of them would be taken for).
   */
  public static List<Checkpoint> passed(long appliedSequence, long nextSequence, DailyFigures figures) {
    List<Checkpoint> passed = new ArrayList<>();
    for (long n = LedgerChunks.chunkOf(Math.max(appliedSequence, 0)) + 1; n <= LedgerChunks.chunkOf(nextSequence); n++) {
      passed.add(new Checkpoint(n, LedgerDocuments.days(figures)));
    }
    return passed;
  }
}
