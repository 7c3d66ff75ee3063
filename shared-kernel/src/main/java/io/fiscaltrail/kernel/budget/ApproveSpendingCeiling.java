package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Approves (adds to) the budget of a spending category that is controlled across lines, such as government procurement or the three public expenses. Zero is a real approval: "budgeted nothing". */
public record ApproveSpendingCeiling(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    SpendingCeiling ceiling,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
