package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import org.bson.Document;

/**
 * The events this process stored last, by global sequence number, as the documents it inserted.
 * A tracking read whose numbers are all here is answered without asking the store. In the
 * all-in-one application the live projections follow what its own command side has just written,
 * and reading each event back cost a find per event on each side of the wire: about as much of
 * the embedded server's CPU as the inserts it followed (BENCHMARKS.md, run 24).
 *
 * <p>Only acknowledged inserts are kept, and stored events never change, so whatever is answered
 * here the store holds too, field for field. A number not here (another process's, one whose
 * insert has not returned yet, one dropped for room) is read from the store, as before.
 */
final class RecentAppends {

  private final int capacity;
  private final NavigableMap<Long, Document> byNumber = new TreeMap<>();

  /** @param capacity how many events are kept; the lowest-numbered go first */
  RecentAppends(int capacity) {
    this.capacity = capacity;
  }

  /** Keeps a batch the store has acknowledged. */
  synchronized void stored(List<Document> batch) {
    for (Document event : batch) {
      byNumber.put(globalSequence(event), event);
    }
    while (byNumber.size() > capacity) {
      byNumber.pollFirstEntry();
    }
  }

  /** The events numbered {@code from} to {@code to}, in order; null unless every one is here. */
  synchronized List<Document> between(long from, long to) {
    if (from > to) {
      return List.of();
    }
    NavigableMap<Long, Document> range = byNumber.subMap(from, true, to, true);
    return range.size() == to - from + 1 ? new ArrayList<>(range.values()) : null;
  }

  /** The events of these numbers; null unless every one is here. */
  synchronized List<Document> exactly(Collection<Long> numbers) {
    List<Document> events = new ArrayList<>(numbers.size());
    for (Long number : numbers) {
      Document event = byNumber.get(number);
      if (event == null) {
        return null;
      }
      events.add(event);
    }
    return events;
  }
}
