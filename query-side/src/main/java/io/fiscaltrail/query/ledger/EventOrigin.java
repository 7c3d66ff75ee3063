package io.fiscaltrail.query.ledger;

import io.fiscaltrail.kernel.audit.AuditMetaData;
import java.time.Instant;
import org.axonframework.eventhandling.DomainEventMessage;

/**
 * Where a fact kept by the read model comes from: its place in its stream, the event's id, its type,
 * when the system recorded it (the event's timestamp, never a client's clock), and who recorded it
 * for which request (the event's {@link AuditMetaData}: actor, correlation id, idempotency key,
 * client address; each null when the command carried none).
 */
public record EventOrigin(
    long sequence, String eventId, String type, Instant recordedAt,
    String actor, String correlationId, String idempotencyKey, String clientAddress) {

  public static final String ACTOR = AuditMetaData.ACTOR;

  public static EventOrigin of(DomainEventMessage<?> message) {
    return new EventOrigin(
        message.getSequenceNumber(),
        message.getIdentifier(),
        message.getPayloadType().getSimpleName(),
        message.getTimestamp(),
        text(message, AuditMetaData.ACTOR),
        text(message, AuditMetaData.CORRELATION_ID),
        text(message, AuditMetaData.IDEMPOTENCY_KEY),
        text(message, AuditMetaData.CLIENT_ADDRESS));
  }

  /** Known at {@code knownAt}: recorded at or before it. */
  public boolean knownAt(Instant knownAt) {
    return !recordedAt.isAfter(knownAt);
  }

  private static String text(DomainEventMessage<?> message, String key) {
    Object value = message.getMetaData().get(key);
    return value == null ? null : value.toString();
  }
}
