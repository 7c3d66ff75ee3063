package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;

/** Evidence for a qualitative indicator. */
public record EvidenceRecorded(
    BudgetYearId budgetYear,
    QualitativeIndicator indicator,
    LocalDate effectiveDate,
    String statement,
    String document) {}
