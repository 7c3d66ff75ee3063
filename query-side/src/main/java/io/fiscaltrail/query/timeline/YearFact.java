package io.fiscaltrail.query.timeline;

import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.LedgerEntry;
import java.time.LocalDate;

/**
 * One fact of the year as the timeline replays it: a money fact ({@code money} is its ledger entry,
 * which moves the running totals) or any other fact of the year ({@code money} null).
 */
record YearFact(
    EventOrigin origin,
    LocalDate effectiveDate,
    LedgerEntry money,
    String document,
    String reason,
    Money amount,
    String line,
    String description) {}
