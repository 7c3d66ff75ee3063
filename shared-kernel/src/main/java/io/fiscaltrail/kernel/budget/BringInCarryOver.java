package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records the prior year's unspent funds (上年结转和结余) brought into this year. */
public record BringInCarryOver(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
