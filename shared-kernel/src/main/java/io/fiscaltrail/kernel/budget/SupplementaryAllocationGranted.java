package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** 追加预算: a mid-year addition, on the approval named by the document. */
public record SupplementaryAllocationGranted(
    BudgetYearId budgetYear,
    BudgetLine line,
    Money amount,
    LocalDate effectiveDate,
    String document,
    String reason)
    implements AppropriationChanged {

  @Override
  public AppropriationKind kind() {
    return AppropriationKind.SUPPLEMENTARY;
  }
}
