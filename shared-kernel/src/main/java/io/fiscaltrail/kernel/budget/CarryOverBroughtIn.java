package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** 上年结转和结余: unspent funds of the prior year available in this one. */
public record CarryOverBroughtIn(
    BudgetYearId budgetYear,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
