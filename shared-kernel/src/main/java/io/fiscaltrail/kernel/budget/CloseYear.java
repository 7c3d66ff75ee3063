package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Closes the fiscal year, stating the unspent funds carried into the next (年末结转和结余). */
public record CloseYear(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    Money carryOverOut,
    LocalDate effectiveDate,
    String document) {}
