package io.fiscaltrail.query.tracker;

import io.fiscaltrail.kernel.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One supplementary allocation: the line it funds ({@code PERSONNEL}, {@code PUBLIC}, {@code
 * PROJECT} or {@code UNASSIGNED}, as in the figure codes), the year's supplementary total after it,
 * and both as percent of the year's appropriations as of the date asked (null when none).
 * {@code approvedBy} is the approving authority, {@code NOT_RECORDED} when the fact stated none
 * (null only for ledger entries written before it was kept, until the projection is replayed).
 */
public record SupplementaryAllocation(
    String eventId,
    LocalDate effectiveDate,
    Instant recordedAt,
    Money amount,
    String document,
    String reason,
    String approvedBy,
    String line,
    Money runningTotal,
    String share,
    String runningShare) {}
