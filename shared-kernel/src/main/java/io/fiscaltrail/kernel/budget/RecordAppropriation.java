package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an approved change to a fiscal year's appropriations. The amount is always positive;
 * the kind says whether it adds (initial, supplementary) or takes away (reduction). {@code
 * approvedBy}, the approving authority, is stated for a supplementary allocation only, and may be
 * absent.
 */
public record RecordAppropriation(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    AppropriationKind kind,
    BudgetLine line,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String reason,
    String approvedBy) {}
