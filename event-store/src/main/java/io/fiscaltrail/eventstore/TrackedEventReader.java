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
 * inserted. Each read asks for the gaps by exact {@code _id} and for the next batch of numbers as
 * one range of {@code _id}s, hands on what is there in number order (a late event fills its gap
 * and is handed on once), and keeps waiting for a gap until a number allocated after it was
 * recorded longer ago than the timeout: then its writer is taken to have failed and the gap is
 * forgotten.
 */
final class TrackedEventReader {

  // How stale the counter may be when a read bounds its numbers by it (GlobalSequenceAllocator)
  private static final Duration COUNTER_MAX_AGE = Duration.ofMillis(50);

  private final GlobalSequenceAllocator allocator;
  private final RecentAppends recentAppends;
  private final Duration gapTimeout;
  private final Clock clock;

  TrackedEventReader(GlobalSequenceAllocator allocator, RecentAppends recentAppends, Duration gapTimeout, Clock clock) {
    this.allocator = allocator;
    this.recentAppends = recentAppends;
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
   * A batch is read as one range even at the head, where most of its numbers are a writer's block
   * not yet used: asked for by exact {@code _id}, each of those numbers cost the embedded server an
   * index lookup at every poll, and the polls of the live projections took more of its CPU than
   * the inserts they followed (BENCHMARKS.md, run 23).
   */
  private SortedMap<Long, Document> fetch(MongoCollection<Document> events, GapAwareTrackingToken after, int batchSize) {
    long highestAllocated = allocator.highestAllocated(COUNTER_MAX_AGE);
    List<Long> numbers = new ArrayList<>(after.getGaps());
    if (after.hasGaps()) {
      numbers.add(after.getIndex());
    }
    SortedMap<Long, Document> found = byNumber(exactly(events, numbers));
    long from = after.getIndex() + 1;
    do {
      long to = Math.min(from + batchSize - 1, highestAllocated);
      numbers.addAll(LongStream.rangeClosed(from, to).boxed().toList());
      found.putAll(byNumber(between(events, from, to)));
      from += batchSize;
    } while (found.tailMap(after.getIndex() + 1).isEmpty() && from <= highestAllocated);
    List<Object> raceHoles = ExactKeyLookup.raceHoles(numbers, found.keySet());
    found.putAll(byNumber(ExactKeyLookup.find(events, ID, raceHoles).values()));
    return found;
  }

  /**
   * The events numbered {@code from} to {@code to}: this process's own appends when it holds them
   * all ({@link RecentAppends}), else one range of the {@code _id} index on MongoDB, one walk of the
   * documents map on the embedded server (its EmbeddedH2Collection), both touching only the events
   * there. A stock mongo-java-server, which only this module's tests use, scans.
   */
  private List<Document> between(MongoCollection<Document> events, long from, long to) {
    List<Document> recent = recentAppends.between(from, to);
    if (recent != null) {
      return recent;
    }
    return events.find(new Document(ID, new Document("$gte", from).append("$lte", to))).into(new ArrayList<>());
  }

  /** The events of these numbers that are stored: this process's own appends when it holds them all. */
  private Collection<Document> exactly(MongoCollection<Document> events, List<Long> numbers) {
    List<Document> recent = recentAppends.exactly(numbers);
    return recent != null ? recent : ExactKeyLookup.find(events, ID, numbers).values();
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
