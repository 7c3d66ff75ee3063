package io.fiscaltrail.query.trace;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The events behind a figure as of a date. {@code value} is the figure as computed; {@code total}
 * is the sum of the entries' amounts: they are equal by construction, and shown both so that
 * anyone can check. Amounts are decimal strings in {@code unit} (yuan for money).
 */
public record TraceView(
    String figure,
    String name,
    String unit,
    LocalDate asOf,
    String value,
    String total,
    List<Entry> entries) {

  /** One event: what it is, when it was effective and recorded, by whom for which request, what it adds, on which document. */
  public record Entry(
      String id, String type, LocalDate effectiveDate, Instant recordedAt,
      String actor, String correlationId, String idempotencyKey, String clientAddress,
      String amount, String document) {}

  static TraceView of(
      String figure, String name, String unit, LocalDate asOf, BigDecimal value, List<TraceEntry> entries) {
    BigDecimal total = entries.stream()
        .map(TraceEntry::amount)
        .reduce(BigDecimal.ZERO.setScale(value.scale()), BigDecimal::add);
    return new TraceView(
        figure, name, unit, asOf, value.toPlainString(), total.toPlainString(),
        entries.stream()
            .map(e -> new Entry(
                e.id(), e.type(), e.effectiveDate(), e.recordedAt(),
                e.actor(), e.correlationId(), e.idempotencyKey(), e.clientAddress(),
                e.amount().toPlainString(), e.document()))
            .toList());
  }
}
