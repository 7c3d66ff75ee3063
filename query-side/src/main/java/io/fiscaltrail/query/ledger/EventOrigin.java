package io.fiscaltrail.query.ledger;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Where a fact kept by the read model comes from: its place in its stream, the event's id, its type
 * and when the system recorded it (the event's timestamp, never a client's clock).
 */
public record EventOrigin(long sequence, String eventId, String type, Instant recordedAt) {

  public static EventOrigin of(DomainEventMessage<?> message) {
    return new EventOrigin(
        message.getSequenceNumber(),
        message.getIdentifier(),
        message.getPayloadType().getSimpleName(),
        message.getTimestamp());
  }
}
