package io.fiscaltrail.eventstore;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import org.axonframework.common.DateTimeUtils;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * An event or snapshot as read from its document, for Axon to deserialize. Payload and metadata
 * are Jackson trees when they were stored as documents ({@link ReadableJson#toTree}), which Axon's
 * Jackson serializer reads as they are, and text otherwise. (Axon's own entry would announce a
 * tree by its concrete node class, which the serializer does not recognise as a tree.)
 */
record StoredEventData(
    String type,
    String aggregateIdentifier,
    long sequenceNumber,
    String eventIdentifier,
    String timestamp,
    SerializedType payloadType,
    Object payload,
    Object metaData) implements DomainEventData<Object> {

  @Override
  public String getType() {
    return type;
  }

  @Override
  public String getAggregateIdentifier() {
    return aggregateIdentifier;
  }

  @Override
  public long getSequenceNumber() {
    return sequenceNumber;
  }

  @Override
  public String getEventIdentifier() {
    return eventIdentifier;
  }

  @Override
  public Instant getTimestamp() {
    return DateTimeUtils.parseInstant(timestamp);
  }

  @Override
  public SerializedObject<Object> getPayload() {
    return new SimpleSerializedObject<>(payload, contentType(payload), payloadType);
  }

  @Override
  public SerializedObject<Object> getMetaData() {
    return new SerializedMetaData<>(metaData, contentType(metaData));
  }

  @SuppressWarnings("unchecked")
  private static Class<Object> contentType(Object data) {
    return (Class<Object>) (data instanceof JsonNode ? JsonNode.class : data.getClass());
  }
}
