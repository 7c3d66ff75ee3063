package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Reverses a recorded voucher in full, with the document and reason for doing so. */
public record ReverseExpenditure(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    String voucher,
    LocalDate effectiveDate,
    String document,
    String reason) {}
