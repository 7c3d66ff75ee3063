package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.ID;
import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;
import static io.fiscaltrail.eventstore.EventDocuments.recordedAt;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.axonframework.eventhandling.TrackedDomainEventData;
import org.axonframework.eventhandling.TrackedEventData;
import org.bson.Document;

/**
 * Reads events after a {@link GapAwareTrackingToken} by global sequence number. The token's index
 * is the highest number handed on; its gaps are lower numbers that were allocated but not yet
 * inserted. Each read asks for the gaps and the next batch of numbers by exact {@code _id}, hands
 * on what is there in number order (a late event fills its gap and is handed on once), and keeps
 * waiting for a gap until a number allocated after it was recorded longer ago than the timeout:
 * then its writer is taken to have failed and the gap is forgotten.
 */
final class TrackedEventReader {

  // How stale the counter may be when a read bounds its numbers by it (GlobalSequenceAllocator)
  private static final Duration COUNTER_MAX_AGE = Duration.ofMillis(50);

  private final GlobalSequenceAllocator allocator;
  private final Duration gapTimeout;
  private final Clock clock;

  TrackedEventReader(GlobalSequenceAllocator allocator, Duration gapTimeout, Clock clock) {
    this.allocator = allocator;
    this.gapTimeout = gapTimeout;
    this.clock = clock;
  }

  List<TrackedEventData<?>> read(MongoCollection<Document> events, GapAwareTrackingToken after, int batchSize) {
    SortedMap<Long, Document> found = fetch(events, after, batchSize);
    Instant expiry = clock.instant().minus(gapTimeout);
    long index = after.getIndex();
    SortedSet<Long> gaps = new TreeSet<>(after.getGaps());
    gaps.removeIf(gap -> !found.containsKey(gap) && recordedBefore(found.tailMap(gap + 1).values(), expiry));
    List<TrackedEventData<?>> tracked = new ArrayList<>();
    for (Document event : found.values()) {
      long number = globalSequence(event);
      if (number > index) {
        if (!recordedAt(event).isBefore(expiry)) {
          LongStream.range(index + 1, number).forEach(gaps::add);
        }
        index = number;
      } else if (!gaps.remove(number)) {
        continue;
      }
      tracked.add(new TrackedDomainEventData<>(
          GapAwareTrackingToken.newInstance(index, gaps), EventDocuments.read(event)));
    }
    return tracked;
  }

  /**
   * The token's gaps, the event at its index (to date the gaps) and the next batch of numbers. When
   * none of that batch is there although later numbers are allocated, a writer gave up a block of
   * numbers longer than a batch: look further until an event shows up or the allocated numbers end.
   */
  private SortedMap<Long, Document> fetch(MongoCollection<Document> events, GapAwareTrackingToken after, int batchSize) {
    long highestAllocated = allocator.highestAllocated(COUNTER_MAX_AGE);
    List<Long> numbers = new ArrayList<>(after.getGaps());
    if (after.hasGaps()) {
      numbers.add(after.getIndex());
    }
    long from = after.getIndex() + 1;
    numbers.addAll(range(from, batchSize, highestAllocated));
    SortedMap<Long, Document> found = byNumber(ExactKeyLookup.find(events, ID, numbers).values());
    while (found.tailMap(after.getIndex() + 1).isEmpty() && from + batchSize <= highestAllocated) {
      from += batchSize;
      List<Long> further = range(from, batchSize, highestAllocated);
      numbers.addAll(further);
      found.putAll(byNumber(ExactKeyLookup.find(events, ID, further).values()));
    }
    List<Object> raceHoles = ExactKeyLookup.raceHoles(numbers, found.keySet());
    found.putAll(byNumber(ExactKeyLookup.find(events, ID, raceHoles).values()));
    return found;
  }

  private static List<Long> range(long from, int batchSize, long highestAllocated) {
    return LongStream.rangeClosed(from, Math.min(from + batchSize - 1, highestAllocated)).boxed().toList();
  }

  private static SortedMap<Long, Document> byNumber(Collection<Document> events) {
    SortedMap<Long, Document> byNumber = new TreeMap<>();
    events.forEach(event -> byNumber.put(globalSequence(event), event));
    return byNumber;
  }

  private static boolean recordedBefore(Collection<Document> events, Instant expiry) {
    return events.stream().anyMatch(event -> recordedAt(event).isBefore(expiry));
  }
}
