package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.ID;
import static io.fiscaltrail.eventstore.EventDocuments.globalSequence;
import static io.fiscaltrail.eventstore.EventDocuments.timestamp;

import com.mongodb.client.MongoCollection;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.GapAwareTrackingToken;
import org.bson.Document;

/**
 * A token just before the first event at or after a moment, found by binary search over global
 * sequence numbers with exact lookups: events are numbered in the order they are stored, so their
 * timestamps rise with the number, up to the few milliseconds concurrent writers may overlap.
 */
final class TokenAtTime {

  private static final int PROBE_WIDTH = 32;

  private TokenAtTime() {}

  static GapAwareTrackingToken find(MongoCollection<Document> events, long highestAllocated, Instant moment) {
    long low = 1;
    long high = highestAllocated + 1;
    while (low < high) {
      long middle = low + (high - low) / 2;
      Optional<Document> event = firstStoredFrom(events, middle, high);
      if (event.isPresent() && timestamp(event.get()).isBefore(moment)) {
        low = globalSequence(event.get()) + 1;
      } else {
        high = middle;
      }
    }
    return GapAwareTrackingToken.newInstance(low - 1, Collections.emptySet());
  }

  /** The stored event with the lowest number in [from, to), skipping numbers whose writers failed. */
  private static Optional<Document> firstStoredFrom(MongoCollection<Document> events, long from, long to) {
    for (long start = from; start < to; start += PROBE_WIDTH) {
      Optional<Document> first = ExactKeyLookup.find(
              events, ID, LongStream.range(start, Math.min(start + PROBE_WIDTH, to)).boxed().toList())
          .values().stream()
          .min(Comparator.comparingLong(EventDocuments::globalSequence));
      if (first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }
}
