package io.fiscaltrail.query.tracker;

import io.fiscaltrail.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One supplementary allocation: the line it funds ({@code PERSONNEL}, {@code PUBLIC}, {@code
 * PROJECT} or {@code UNASSIGNED}, as in the figure codes), the year's supplementary total after it,
 * and both as percent of the year's appropriations as of the date asked (null when none).
 */
public record SupplementaryAllocation(
    String eventId,
    LocalDate effectiveDate,
    Instant recordedAt,
    Money amount,
    String document,
    String reason,
    String line,
    Money runningTotal,
    String share,
    String runningShare) {}
