package io.fiscaltrail.eventstore;

import static io.fiscaltrail.eventstore.EventDocuments.STREAM_KEY;
import static io.fiscaltrail.eventstore.EventDocuments.streamKey;

import com.mongodb.client.MongoCollection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.LongStream;
import org.bson.Document;

/**
 * Finds the last stored event of a stream without scanning: the numbers of a stream are dense
 * from 0, so the last one is where the stored stream keys end. One exact lookup of 0, 1, 3, 7, ...
 * brackets it, and each further lookup of up to {@value #POINTS} evenly spaced keys narrows the
 * bracket {@value #POINTS}+1-fold; a 100,000-event stream takes at most five reads.
 */
final class StreamEndProbe {

  private static final int POINTS = 32;

  private final MongoCollection<Document> events;
  private final String aggregateIdentifier;
  private Document lastPresent;
  private long present = -1;
  private long absent = Long.MAX_VALUE;

  private StreamEndProbe(MongoCollection<Document> events, String aggregateIdentifier) {
    this.events = events;
    this.aggregateIdentifier = aggregateIdentifier;
  }

  static Optional<Document> lastStored(MongoCollection<Document> events, String aggregateIdentifier) {
    StreamEndProbe probe = new StreamEndProbe(events, aggregateIdentifier);
    probe.narrow(LongStream.range(0, Long.SIZE - 1).map(power -> (1L << power) - 1).boxed().toList());
    while (probe.absent - probe.present > 1) {
      probe.narrow(probe.pointsInBracket());
    }
    return Optional.ofNullable(probe.lastPresent);
  }

  private List<Long> pointsInBracket() {
    long step = Math.max(1, (absent - present) / (POINTS + 1));
    return LongStream.iterate(present + step, point -> point < absent, point -> point + step)
        .limit(POINTS).boxed().toList();
  }

  private void narrow(List<Long> ascendingPoints) {
    Map<Object, Document> found = ExactKeyLookup.find(
        events, STREAM_KEY, ascendingPoints.stream().map(point -> streamKey(aggregateIdentifier, point)).toList());
    for (long point : ascendingPoints) {
      Document event = found.get(streamKey(aggregateIdentifier, point));
      if (event == null) {
        absent = point;
        return;
      }
      present = point;
      lastPresent = event;
    }
  }
}
