package io.fiscaltrail.query.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One event behind a figure and what it adds to it, signed, in the figure's unit: a reversal adds
 * a negative amount to spending, a reduction a negative amount to appropriations.
 * {@code effectiveDate} is null for facts that have none (a registration, a target). Who recorded
 * it and for which request ({@code actor} ... {@code clientAddress}) come from the event's metadata.
 */
public record TraceEntry(
    String id,
    String type,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String correlationId,
    String idempotencyKey,
    String clientAddress,
    BigDecimal amount,
    String document) {

  TraceEntry plus(BigDecimal more) {
    return new TraceEntry(id, type, effectiveDate, recordedAt, actor, correlationId, idempotencyKey, clientAddress,
        amount.add(more), document);
  }
}
