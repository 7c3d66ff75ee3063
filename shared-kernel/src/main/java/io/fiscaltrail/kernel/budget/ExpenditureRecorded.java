package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** One voucher of spending with its classification. {@code correctsEventId} points at the expenditure this one replaces, or is null. */
public record ExpenditureRecorded(
    BudgetYearId budgetYear,
    String voucher,
    Money amount,
    LocalDate effectiveDate,
    ExpenditureClassification classification,
    String payee,
    String description,
    String correctsEventId) {}
