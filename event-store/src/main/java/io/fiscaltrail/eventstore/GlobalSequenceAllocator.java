package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.bson.Document;

/**
 * Hands out the global sequence numbers of events: dense, increasing, from one counter document
 * that a single atomic {@code $inc} advances. Numbers start at 1. A number whose writer fails before
 * inserting its event stays unused: readers see it as a gap.
 *
 * <p>With a block size above one, an advance takes a block of numbers and hands them out in turn
 * without asking the counter again, so that a process writing alone pays the counter's round trip
 * once a block. A block is used for a short time only ({@code blockLifetime}, well inside the gap
 * timeout that readers wait for a missing number), and what is left of it is given back to the
 * counter when the next block is taken, if no other writer took numbers since; otherwise it stays
 * a gap. A number must be above the one the caller names ({@link #allocate(int, long)}): a stream's
 * next event must be numbered above its predecessor, which another process may have numbered after
 * this block was taken.
 */
public class GlobalSequenceAllocator {

  /** The collection holding the counter, next to the events. */
  public static final String DEFAULT_COLLECTION = "eventsequence";

  private static final String COUNTER_ID = "events";
  private static final String VALUE = "value";

  private final MongoCollection<Document> counters;
  private final int blockSize;
  private final long blockLifetimeNanos;
  // The counter as last read, or the last number this process allocated after that, if higher.
  private final AtomicLong highestSeen = new AtomicLong();
  private volatile long counterReadAtNanos;
  private volatile boolean counterRead;
  // The block in hand: numbers next..end, taken at takenAtNanos (guarded by this)
  private long next = 1;
  private long end;
  private long takenAtNanos;

  /** One number per advance of the counter: no block is held. */
  public GlobalSequenceAllocator(MongoCollection<Document> counters) {
    this(counters, 1, Duration.ZERO);
  }

  public GlobalSequenceAllocator(MongoCollection<Document> counters, int blockSize, Duration blockLifetime) {
    if (blockSize < 1) {
      throw new IllegalArgumentException("a block holds at least one number: " + blockSize);
    }
    this.counters = counters;
    this.blockSize = blockSize;
    this.blockLifetimeNanos = blockLifetime.toNanos();
  }

  /** Reserves {@code count} consecutive numbers and returns the first. */
  public long allocate(int count) {
    return allocate(count, 0);
  }

  /** Reserves {@code count} consecutive numbers, all above {@code floor}, and returns the first. */
  public synchronized long allocate(int count, long floor) {
    long now = System.nanoTime();
    long first;
    if (next > floor && end - next + 1 >= count && now - takenAtNanos < blockLifetimeNanos) {
      first = next;
    } else {
      giveBackTheRest();
      long size = Math.max(count, blockSize);
      // the counter is at or above every number any writer took, the floor's included
      first = advanceCreatingTheCounter(size);
      end = first + size - 1;
      takenAtNanos = now;
    }
    next = first + count;
    highestSeen.accumulateAndGet(first + count - 1, Math::max);
    return first;
  }

  /**
   * The highest number handed out so far, 0 before the first: the counter, less the rest of this
   * process's block while no other writer has taken numbers after it, since none of that rest is
   * handed out yet. Without that, a reader of this process at the head asked for a block's worth of
   * numbers that hold nothing at every poll.
   */
  public long highestAllocated() {
    Document counter = counters.find(eq("_id", COUNTER_ID)).first();
    long highest = withoutTheRestOfThisBlock(counter == null ? 0 : ((Number) counter.get(VALUE)).longValue());
    // the store wins (a counter that was reset is believed); an allocation racing with this read
    // is then seen by the next read
    highestSeen.set(highest);
    counterReadAtNanos = System.nanoTime();
    counterRead = true;
    return highest;
  }

  /**
   * The highest number handed out, with the counter read at most once per {@code maxAge}; in
   * between, the counter as last read or the last number this process allocated, whichever is
   * higher. For a reader that polls: it looks for no number above this, so a number another
   * process allocated since the last read is found by a read at most {@code maxAge} later, while
   * this process's own events are found at once. Why: every poll of every processor read the
   * counter, about three reads per event written (benchmark, {@code find eventsequence}).
   */
  public long highestAllocated(Duration maxAge) {
    if (!counterRead || System.nanoTime() - counterReadAtNanos >= maxAge.toNanos()) {
      return highestAllocated();
    }
    return highestSeen.get();
  }

  private synchronized long withoutTheRestOfThisBlock(long counter) {
    return counter == end && next <= end ? next - 1 : counter;
  }

  /** Sets the counter back to before the unused rest of the block, unless another writer advanced it. */
  private void giveBackTheRest() {
    if (next <= end) {
      counters.updateOne(and(eq("_id", COUNTER_ID), eq(VALUE, end)), Updates.set(VALUE, next - 1));
      next = end + 1;
    }
  }

  private long advanceCreatingTheCounter(long count) {
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

  /**
   * Asks for the counter as it was before the increment: the embedded server returns the counter
   * after it as the live stored document, after releasing its lock, so a concurrent increment can
   * show through and two writers would get the same numbers. The old value is a private copy there,
   * and on MongoDB both are equally atomic.
   */
  private long advance(long count) {
    Document before = counters.findOneAndUpdate(
        eq("_id", COUNTER_ID),
        Updates.inc(VALUE, count),
        new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.BEFORE));
    return (before == null ? 0 : ((Number) before.get(VALUE)).longValue()) + 1;
  }
}
