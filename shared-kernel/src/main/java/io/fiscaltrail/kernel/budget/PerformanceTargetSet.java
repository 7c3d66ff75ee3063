package io.fiscaltrail.kernel.budget;

import java.math.BigDecimal;

/** A performance target of the year. */
public record PerformanceTargetSet(
    BudgetYearId budgetYear,
    String targetCode,
    String name,
    String unit,
    BigDecimal targetValue,
    String document) {}
