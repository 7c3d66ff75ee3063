package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** The budget of a controlled spending category grew by this amount (zero: the category was budgeted, with nothing). */
public record SpendingCeilingApproved(
    BudgetYearId budgetYear,
    SpendingCeiling ceiling,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
