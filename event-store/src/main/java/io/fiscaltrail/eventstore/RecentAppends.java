package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
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

  private final int capacity;
  private final NavigableMap<Long, Document> byNumber = new TreeMap<>();
  // appends sent and not yet answered: as many as the process's threads writing at once
  private final List<Numbers> inserting = new ArrayList<>();

  /** @param capacity how many events are kept; the lowest-numbered go first */
  RecentAppends(int capacity) {
    this.capacity = capacity;
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
      byNumber.put(globalSequence(event), event);
    }
    while (byNumber.size() > capacity) {
      byNumber.pollFirstEntry();
    }
  }

  /**
   * The stored events numbered {@code from} to {@code to}, in order, if this process inserted every
   * one of those numbers or is inserting it; null otherwise.
   */
  synchronized List<Document> between(long from, long to) {
    if (from > to) {
      return List.of();
    }
    NavigableMap<Long, Document> range = byNumber.subMap(from, true, to, true);
    if (range.size() < to - from + 1) {
      for (long number = from; number <= to; number++) {
        if (!range.containsKey(number) && !isBeingInserted(number)) {
          return null;
        }
      }
    }
    return new ArrayList<>(range.values());
  }

  /** The stored events of these numbers, if this process inserted or is inserting every one; null otherwise. */
  synchronized List<Document> exactly(Collection<Long> numbers) {
    List<Document> events = new ArrayList<>(numbers.size());
    for (Long number : numbers) {
      Document event = byNumber.get(number);
      if (event != null) {
        events.add(event);
      } else if (!isBeingInserted(number)) {
        return null;
      }
    }
    return events;
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
