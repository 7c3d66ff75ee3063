package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** A recorded expenditure no longer counts from the effective date on. It repeats the amount and classification of the event it reverses, so that every figure can subtract it without looking anything up. */
public record ExpenditureReversed(
    BudgetYearId budgetYear,
    String reversedEventId,
    String voucher,
    Money amount,
    ExpenditureClassification classification,
    LocalDate effectiveDate,
    String document,
    String reason) {}
