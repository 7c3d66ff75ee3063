package io.fiscaltrail.command.budget;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.money.Money;

/** The rules a fiscal year's facts must satisfy, each named so a reader can list them. */
final class BudgetYearRules {

  private BudgetYearRules() {}

  static void appropriationIsWellFormed(RecordAppropriation command) {
    if (command.kind() == null) {
      throw RejectedCommand.invalid("kind", "is missing");
    }
    if (command.line() == null) {
      throw RejectedCommand.invalid("line", "is missing");
    }
    amountIsPositive(command.amount());
    effectiveDateIsInTheFiscalYear(command.budgetYear(), command);
    if (command.document() == null || command.document().isBlank()) {
      throw RejectedCommand.invalid("document", "an appropriation needs its approval document");
    }
    if (command.kind() != AppropriationKind.INITIAL
        && (command.reason() == null || command.reason().isBlank())) {
      throw RejectedCommand.invalid("reason", "a mid-year change needs its reason");
    }
  }

  static void amountIsPositive(Money amount) {
    if (amount == null) {
      throw RejectedCommand.invalid("amount", "is missing");
    }
    if (!amount.isPositive()) {
      throw RejectedCommand.invalid("amount", "must be greater than zero");
    }
  }

  static void effectiveDateIsInTheFiscalYear(BudgetYearId year, RecordAppropriation command) {
    if (command.effectiveDate() == null) {
      throw RejectedCommand.invalid("effectiveDate", "is missing");
    }
    if (!year.contains(command.effectiveDate())) {
      throw RejectedCommand.invalid(
          "effectiveDate",
          command.effectiveDate() + " is outside fiscal year " + year.year());
    }
  }

  static void departmentMustBeRegistered(BudgetYearId year, DepartmentDirectory departments) {
    if (!departments.isRegistered(year.department())) {
      throw RejectedCommand.notFound("department", "department " + year.department() + " is not registered");
    }
  }

  static void reductionCannotExceedAppropriations(RecordAppropriation command, Money appropriated) {
    if (command.kind() == AppropriationKind.REDUCTION && command.amount().compareTo(appropriated) > 0) {
      throw RejectedCommand.invalid(
          "amount", "reduction of " + command.amount() + " exceeds the year's appropriations of " + appropriated);
    }
  }
}
