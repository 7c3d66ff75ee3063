package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.PrimitiveIterator;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * The events this process stored last, by global sequence number, as the documents it inserted,
 * and the numbers whose insert it has sent and not yet seen answered. A tracking read whose numbers
 * are all one or the other is answered without asking the store. In the all-in-one application the
 * live projections follow what its own command side has just written, and reading each event back
 * cost a find per event on each side of the wire: about as much of the embedded server's CPU as the
 * inserts it followed (BENCHMARKS.md, run 24).
 *
 * <p>Only acknowledged inserts are kept, and stored events never change, so whatever is answered
 * here the store holds too, field for field. A number being inserted is answered as not there yet,
 * which is what a read just before its insert would have found: it is read when its writer's commit
 * wakes the readers. A number that is neither (another process's, one whose insert failed, one
 * dropped for room) is read from the store, as before.
 */
final class RecentAppends {

  private record Numbers(long first, long last) {
    boolean contain(long number) {
      return first <= number && number <= last;
    }
  }

  // a ring by number: an event is kept until a number as many places higher is stored
  private final long[] numbers;
  private final Document[] events;
  // appends sent and not yet answered: as many as the process's threads writing at once
  private final List<Numbers> inserting = new ArrayList<>();

  /** @param capacity how many consecutive numbers are kept, up to the highest stored */
  RecentAppends(int capacity) {
    this.numbers = new long[capacity];
    this.events = new Document[capacity];
    Arrays.fill(numbers, Long.MIN_VALUE);
  }

  /** The numbers {@code first} to {@code last} are being inserted by this process. */
  synchronized void inserting(long first, long last) {
    inserting.add(new Numbers(first, last));
  }

  /** The insert of the numbers {@code first} to {@code last} failed: what it left, the store says. */
  synchronized void failed(long first, long last) {
    inserting.remove(new Numbers(first, last));
  }

  /** The store acknowledged the insert of these events, numbered {@code first} onwards. */
  synchronized void stored(List<Document> batch) {
    long first = globalSequence(batch.get(0));
    inserting.remove(new Numbers(first, first + batch.size() - 1));
    for (Document event : batch) {
      long number = globalSequence(event);
      int slot = slot(number);
      numbers[slot] = number;
      events[slot] = event;
    }
  }

  /**
   * The stored events numbered {@code from} to {@code to}, in order, if this process inserted every
   * one of those numbers or is inserting it; null otherwise.
   */
  synchronized List<Document> between(long from, long to) {
    return storedOrNull(LongStream.rangeClosed(from, to).iterator());
  }

  /** The stored events of these numbers, if this process inserted or is inserting every one; null otherwise. */
  synchronized List<Document> exactly(Collection<Long> numbers) {
    return storedOrNull(numbers.stream().mapToLong(Long::longValue).iterator());
  }

  private List<Document> storedOrNull(PrimitiveIterator.OfLong numbers) {
    List<Document> stored = new ArrayList<>();
    while (numbers.hasNext()) {
      long number = numbers.nextLong();
      Document event = find(number);
      if (event != null) {
        stored.add(event);
      } else if (!isBeingInserted(number)) {
        return null;
      }
    }
    return stored;
  }

  private Document find(long number) {
    int slot = slot(number);
    return numbers[slot] == number ? events[slot] : null;
  }

  private int slot(long number) {
    return (int) Math.floorMod(number, (long) numbers.length);
  }

  private boolean isBeingInserted(long number) {
    for (Numbers numbers : inserting) {
      if (numbers.contain(number)) {
        return true;
      }
    }
    return false;
  }
}
