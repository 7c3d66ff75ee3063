package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records income from a source other than the fiscal appropriation. */
public record RecordOtherIncome(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    IncomeSource source,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String description) {}
