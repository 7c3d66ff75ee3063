package io.fiscaltrail.kernel.budget;

import java.math.BigDecimal;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Sets a performance target (绩效目标) of the year, such as people to visit. */
public record SetPerformanceTarget(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    String targetCode,
    String name,
    String unit,
    BigDecimal targetValue,
    String document) {}
