package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** 调减: a mid-year decrease of the year's appropriations. */
public record AppropriationReduced(
    BudgetYearId budgetYear,
    BudgetLine line,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String reason)
    implements AppropriationChanged {

  @Override
  public AppropriationKind kind() {
    return AppropriationKind.REDUCTION;
  }
}
