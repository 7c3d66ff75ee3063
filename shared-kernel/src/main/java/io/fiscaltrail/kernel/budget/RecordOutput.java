package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a dated activity or output, optionally counted towards a target. */
public record RecordOutput(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    String targetCode,
    LocalDate effectiveDate,
    String description,
    BigDecimal quantity,
    String unit,
    Money amount,
    String document) {}
