package io.fiscaltrail.eventstore;

import static com.mongodb.client.model.Filters.eq;
import static io.fiscaltrail.eventstore.EventDocuments.STREAM_KEY;
import static io.fiscaltrail.eventstore.EventDocuments.streamKey;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Projections;
import org.bson.Document;

/** Where streams stand in the store, by exact stream-key lookups. */
public class StreamPositions {

  private final MongoCollection<Document> events;

  public StreamPositions(MongoCollection<Document> events) {
    this.events = events;
  }

  /**
   * Whether the stream holds an event numbered after {@code sequenceNumber}: one exact lookup of
   * the next number, since a stream's numbers are dense.
   */
  public boolean hasEventAfter(String aggregateIdentifier, long sequenceNumber) {
    return events.find(eq(STREAM_KEY, streamKey(aggregateIdentifier, sequenceNumber + 1)))
        .projection(Projections.include("_id"))
        .first() != null;
  }
}
