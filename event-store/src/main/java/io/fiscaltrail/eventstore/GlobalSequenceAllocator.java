package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import org.bson.Document;

/**
 * Hands out the global sequence numbers of events: dense, increasing, from one counter document
 * that a single atomic {@code $inc} advances by a whole batch. Numbers start at 1. A number whose
 * writer fails before inserting its event stays unused: readers see it as a gap.
 */
public class GlobalSequenceAllocator {

  /** The collection holding the counter, next to the events. */
  public static final String DEFAULT_COLLECTION = "eventsequence";

  private static final String COUNTER_ID = "events";
  private static final String VALUE = "value";

  private final MongoCollection<Document> counters;

  public GlobalSequenceAllocator(MongoCollection<Document> counters) {
    this.counters = counters;
  }

  /** Reserves {@code count} consecutive numbers and returns the first. */
  public long allocate(int count) {
    try {
      return advance(count);
    } catch (MongoCommandException e) {
      if (ErrorCategory.fromErrorCode(e.getErrorCode()) != ErrorCategory.DUPLICATE_KEY) {
        throw e;
      }
      // two very first allocations raced to create the counter; the loser's upsert now finds it
      return advance(count);
    }
  }

  /** The highest number handed out so far, 0 before the first. */
  public long highestAllocated() {
    Document counter = counters.find(eq("_id", COUNTER_ID)).first();
    return counter == null ? 0 : ((Number) counter.get(VALUE)).longValue();
  }

  /**
   * Asks for the counter as it was before the increment: the embedded server returns the counter
   * after it as the live stored document, after releasing its lock, so a concurrent increment can
   * show through and two writers would get the same numbers. The old value is a private copy there,
   * and on MongoDB both are equally atomic.
   */
  private long advance(int count) {
    Document before = counters.findOneAndUpdate(
        eq("_id", COUNTER_ID),
        Updates.inc(VALUE, (long) count),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return (before == null ? 0 : ((Number) before.get(VALUE)).longValue()) + 1;
  }
}
