package io.fiscaltrail.query.timeline;

import io.fiscaltrail.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/** One money fact of the year as the timeline lists it; {@code amount} is what the event states. */
public record TimelineEntry(
    String eventId,
    String type,
    LocalDate effectiveDate,
    Instant recordedAt,
    String actor,
    String correlationId,
    String idempotencyKey,
    String clientAddress,
    String document,
    String reason,
    Money amount,
    TimelineFlags flags,
    RunningTotals running) {}
