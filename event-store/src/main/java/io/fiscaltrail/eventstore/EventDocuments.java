package io.fiscaltrail.eventstore;

import java.time.Instant;
import java.util.Date;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedType;
import org.bson.Document;

/** The layout of event and snapshot documents: Axon's usual fields plus the keys that make every lookup exact. */
public final class EventDocuments {

  /** Events: the global sequence number. Snapshots: the aggregate identifier. */
  public static final String ID = "_id";
  /** {@code aggregateIdentifier#sequenceNumber}, unique: the optimistic-concurrency guard. */
  public static final String STREAM_KEY = "streamKey";
  public static final String AGGREGATE_IDENTIFIER = "aggregateIdentifier";
  public static final String SEQUENCE_NUMBER = "sequenceNumber";
  public static final String TYPE = "type";
  public static final String EVENT_IDENTIFIER = "eventIdentifier";
  /** When the event happened: Axon's sortable ISO-8601 text, to the millisecond. */
  public static final String TIMESTAMP = "timestamp";
  /** When the store numbered the event (BSON date); gap timeouts are measured on it. */
  public static final String RECORDED_AT = "recordedAt";
  /**
   * First and last sequence number that the same append wrote to this stream. Stream readers use
   * them to tell a commit still being inserted from a finished one.
   */
  public static final String COMMIT_FIRST = "commitFirst";
  public static final String COMMIT_LAST = "commitLast";
  public static final String PAYLOAD_TYPE = "payloadType";
  public static final String PAYLOAD_REVISION = "payloadRevision";
  public static final String PAYLOAD = "payload";
  public static final String META_DATA = "metaData";
  /** The stream's hash chain: the hash of the event before this one, and this event's (see {@link HashChain}). */
  public static final String PREVIOUS_HASH = "previousHash";
  public static final String HASH = "hash";
  /**
   * The key of the fact the event states once at most ({@link UniqueEventKeys}), absent otherwise;
   * sparse unique index {@code uniqueKey}. Derived from the payload, so not part of the hash.
   */
  public static final String UNIQUE_KEY = "uniqueKey";

  private EventDocuments() {}

  public static String streamKey(String aggregateIdentifier, long sequenceNumber) {
    return aggregateIdentifier + "#" + sequenceNumber;
  }

  static Document event(long globalSequence, Instant recordedAt, DomainEventMessage<?> event, Commit commit,
      String uniqueKey, Serializer serializer) {
    Document document = new Document(ID, globalSequence)
        .append(STREAM_KEY, streamKey(event.getAggregateIdentifier(), event.getSequenceNumber()));
    appendMessage(document, event, serializer);
    document
        .append(COMMIT_FIRST, commit.first())
        .append(COMMIT_LAST, commit.last())
        .append(RECORDED_AT, Date.from(recordedAt));
    if (uniqueKey != null) {
      document.append(UNIQUE_KEY, uniqueKey);
    }
    return document;
  }

  static Document snapshot(DomainEventMessage<?> snapshot, Serializer serializer) {
    return appendMessage(new Document(ID, snapshot.getAggregateIdentifier()), snapshot, serializer);
  }

  static DomainEventData<Object> read(Document document) {
    String aggregateIdentifier = document.getString(AGGREGATE_IDENTIFIER);
    String eventIdentifier = document.getString(EVENT_IDENTIFIER);
    return new StoredEventData(
        document.getString(TYPE),
        // Axon files a message that belongs to no aggregate under its own identifier
        eventIdentifier.equals(aggregateIdentifier) ? null : aggregateIdentifier,
        sequenceNumber(document),
        eventIdentifier,
        document.getString(TIMESTAMP),
        new SimpleSerializedType(document.getString(PAYLOAD_TYPE), document.getString(PAYLOAD_REVISION)),
        ReadableJson.toTree(document.get(PAYLOAD)),
        ReadableJson.toTree(document.get(META_DATA)));
  }

  static long globalSequence(Document event) {
    return ((Number) event.get(ID)).longValue();
  }

  static long sequenceNumber(Document event) {
    return ((Number) event.get(SEQUENCE_NUMBER)).longValue();
  }

  /** An event written by hand carries no commit bounds and counts as a commit of its own. */
  static Commit commit(Document event) {
    long sequenceNumber = sequenceNumber(event);
    return new Commit(
        ((Number) event.getOrDefault(COMMIT_FIRST, sequenceNumber)).longValue(),
        ((Number) event.getOrDefault(COMMIT_LAST, sequenceNumber)).longValue());
  }

  static Instant recordedAt(Document event) {
    return event.getDate(RECORDED_AT).toInstant();
  }

  static Instant timestamp(Document event) {
    return DateTimeUtils.parseInstant(event.getString(TIMESTAMP));
  }

  private static Document appendMessage(Document document, DomainEventMessage<?> event, Serializer serializer) {
    SerializedObject<String> payload = event.serializePayload(serializer, String.class);
    SerializedObject<String> metaData = event.serializeMetaData(serializer, String.class);
    return document
        .append(AGGREGATE_IDENTIFIER, event.getAggregateIdentifier())
        .append(SEQUENCE_NUMBER, event.getSequenceNumber())
        .append(TYPE, event.getType())
        .append(EVENT_IDENTIFIER, event.getIdentifier())
        .append(TIMESTAMP, DateTimeUtils.formatInstant(event.getTimestamp()))
        .append(PAYLOAD_TYPE, payload.getType().getName())
        .append(PAYLOAD_REVISION, payload.getType().getRevision())
        .append(PAYLOAD, ReadableJson.toStorable(payload.getData()))
        .append(META_DATA, ReadableJson.toStorable(metaData.getData()));
  }
}
