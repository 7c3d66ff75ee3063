package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A dated activity or output (e.g. 20 workers visited, 2.00 万元 paid). */
public record OutputRecorded(
    BudgetYearId budgetYear,
    String targetCode,
    LocalDate effectiveDate,
    String description,
    BigDecimal quantity,
    String unit,
    Money amount,
    String document) {}
