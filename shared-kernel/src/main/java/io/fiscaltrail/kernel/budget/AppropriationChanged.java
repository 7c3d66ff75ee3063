package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** What every appropriation fact states: which year and line, how much, when, on which document, why. */
public sealed interface AppropriationChanged
    permits InitialAppropriationApproved, SupplementaryAllocationGranted, AppropriationReduced {

  BudgetYearId budgetYear();

  BudgetLine line();

  /** Always positive; {@link #kind()} gives the direction. */
  Money amount();

  LocalDate effectiveDate();

  String document();

  String reason();

  AppropriationKind kind();
}
