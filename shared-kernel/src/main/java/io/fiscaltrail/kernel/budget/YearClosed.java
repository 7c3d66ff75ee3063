package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** The fiscal year is closed; no financial fact may be added to it afterwards. */
public record YearClosed(
    BudgetYearId budgetYear,
    Money carryOverOut,
    LocalDate effectiveDate,
    String document) {}
