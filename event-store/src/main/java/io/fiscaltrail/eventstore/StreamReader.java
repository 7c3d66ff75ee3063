package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.STREAM_KEY;
import static io.fiscaltrail.eventstore.EventDocuments.commit;
import static io.fiscaltrail.eventstore.EventDocuments.recordedAt;
import static io.fiscaltrail.eventstore.EventDocuments.sequenceNumber;
import static io.fiscaltrail.eventstore.EventDocuments.streamKey;

import com.mongodb.client.MongoCollection;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.axonframework.eventhandling.DomainEventData;
import org.bson.Document;

/**
 * Reads one aggregate's stream by exact stream keys. An append inserts its events one by one, so a
 * reader can catch a commit half inserted; were it to load the aggregate from that half and append
 * after it, the first writer would fail in the middle of its commit and leave half of it behind.
 * So a commit whose later events are still missing is left out, and the reader's own append then
 * collides with the commit's first event and fails cleanly. A commit still incomplete after the
 * timeout is taken as all its writer managed to store before failing, and read as it is.
 */
final class StreamReader {

  private final Duration abandonAfter;
  private final Clock clock;

  StreamReader(Duration abandonAfter, Clock clock) {
    this.abandonAfter = abandonAfter;
    this.clock = clock;
  }

  List<DomainEventData<?>> read(MongoCollection<Document> events, String aggregateIdentifier,
      long firstSequenceNumber, int batchSize) {
    List<String> keys = LongStream.range(firstSequenceNumber, firstSequenceNumber + batchSize)
        .mapToObj(sequenceNumber -> streamKey(aggregateIdentifier, sequenceNumber))
        .toList();
    Map<Object, Document> found = ExactKeyLookup.find(events, STREAM_KEY, keys);
    found.putAll(ExactKeyLookup.find(events, STREAM_KEY, ExactKeyLookup.raceHoles(keys, found.keySet())));
    List<Document> stream = new ArrayList<>();
    for (String key : keys) {
      Document event = found.get(key);
      if (event == null) {
        break;
      }
      stream.add(event);
    }
    if (!stream.isEmpty() && isBeingInserted(events, aggregateIdentifier, stream.get(stream.size() - 1))) {
      long commitStart = commit(stream.get(stream.size() - 1)).first();
      stream.removeIf(event -> sequenceNumber(event) >= commitStart);
    }
    return stream.stream().<DomainEventData<?>>map(EventDocuments::read).toList();
  }

  Optional<Long> lastSequenceNumber(MongoCollection<Document> events, String aggregateIdentifier) {
    return StreamEndProbe.lastStored(events, aggregateIdentifier)
        .map(last -> isBeingInserted(events, aggregateIdentifier, last) ? commit(last).first() - 1 : sequenceNumber(last))
        .filter(sequenceNumber -> sequenceNumber >= 0);
  }

  /**
   * Whether the commit of the last event read still lacks its last event. The insert is ordered and
   * stops at its first failure, so a commit whose last event is stored is stored whole: one key is
   * asked for, not the rest of the commit. Asked for all, the rest of a 2,000-event import was
   * looked up at every batch of a load that read into it, and the embedded server matched each
   * event found against every key asked for: most of its CPU while a large year was imported and
   * snapshotted (BENCHMARKS.md, run 23).
   */
  private boolean isBeingInserted(MongoCollection<Document> events, String aggregateIdentifier, Document last) {
    long commitEnd = commit(last).last();
    if (commitEnd == sequenceNumber(last) || recordedAt(last).isBefore(clock.instant().minus(abandonAfter))) {
      return false;
    }
    return ExactKeyLookup.find(events, STREAM_KEY, List.of(streamKey(aggregateIdentifier, commitEnd))).isEmpty();
  }
}
