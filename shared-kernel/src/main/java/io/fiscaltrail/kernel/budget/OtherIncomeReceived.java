package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** 其他收入: money from a source other than the fiscal appropriation. */
public record OtherIncomeReceived(
    BudgetYearId budgetYear,
    IncomeSource source,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String description) {}
