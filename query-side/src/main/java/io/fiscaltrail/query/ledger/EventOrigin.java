package io.fiscaltrail.query.ledger;

import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Where a fact kept by the read model comes from: its place in its stream, the event's id, its type,
 * when the system recorded it (the event's timestamp, never a client's clock) and who recorded it
 * (the event's {@value #ACTOR} metadata; null when the command carried none).
 */
public record EventOrigin(long sequence, String eventId, String type, Instant recordedAt, String actor) {

  public static final String ACTOR = "actor";

  public static EventOrigin of(DomainEventMessage<?> message) {
    Object actor = message.getMetaData().get(ACTOR);
    return new EventOrigin(
        message.getSequenceNumber(),
        message.getIdentifier(),
        message.getPayloadType().getSimpleName(),
        message.getTimestamp(),
        actor == null ? null : actor.toString());
  }

  /** Known at {@code knownAt}: recorded at or before it. */
  public boolean knownAt(Instant knownAt) {
    return !recordedAt.isAfter(knownAt);
  }
}
