package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** 年初预算 approved at the start of the year. */
public record InitialAppropriationApproved(
    BudgetYearId budgetYear,
    BudgetLine line,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String reason)
    implements AppropriationChanged {

  @Override
  public AppropriationKind kind() {
    return AppropriationKind.INITIAL;
  }
}
