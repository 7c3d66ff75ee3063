package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records evidence for a qualitative indicator, such as written asset-management rules. */
public record RecordEvidence(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    QualitativeIndicator indicator,
    LocalDate effectiveDate,
    String statement,
    String document) {}
