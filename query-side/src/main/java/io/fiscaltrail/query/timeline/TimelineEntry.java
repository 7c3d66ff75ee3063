package io.fiscaltrail.query.timeline;

import io.fiscaltrail.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One fact of the year as the timeline lists it. {@code amount} is what the event states (null for
 * a fact without money); {@code line} is the budget line a money fact is charged to, as in the
 * figure codes (null when none); {@code description} says in a few words what the fact is.
 */
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
    RunningTotals running,
    String line,
    String description) {}
