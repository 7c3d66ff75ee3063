package io.fiscaltrail.command.importing;

import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.ApproveSpendingCeiling;
import io.fiscaltrail.kernel.budget.BringInCarryOver;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.CloseYear;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.IncomeSource;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.RecordOtherIncome;
import io.fiscaltrail.kernel.budget.ReverseExpenditure;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Reads the money records of a fiscal year. */
final class BudgetRecords {

  private BudgetRecords() {}

  static Supplier<Object> appropriation(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    AppropriationKind kind = f.requiredEnum("kind", AppropriationKind.class);
    BudgetLine line = f.optionalEnum("line", BudgetLine.class, BudgetLine.UNASSIGNED);
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.requiredText("document");
    String reason = f.optionalText("reason");
    String approvedBy = f.optionalText("approvedBy");
    return () -> new RecordAppropriation(year, kind, line, amount, effectiveDate, document, reason, approvedBy);
  }

  static Supplier<Object> carryOverIn(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.requiredText("document");
    return () -> new BringInCarryOver(year, amount, effectiveDate, document);
  }

  static Supplier<Object> otherIncome(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    IncomeSource incomeSource = f.requiredEnum("incomeSource", IncomeSource.class);
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.requiredText("document");
    String description = f.optionalText("description");
    return () -> new RecordOtherIncome(year, incomeSource, amount, effectiveDate, document, description);
  }

  static Supplier<Object> ceiling(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    SpendingCeiling ceiling = f.requiredEnum("ceiling", SpendingCeiling.class);
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.requiredText("document");
    return () -> new ApproveSpendingCeiling(year, ceiling, amount, effectiveDate, document);
  }

  static Supplier<Object> expenditure(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    String voucher = f.requiredText("voucher");
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    BudgetLine line = f.requiredEnum("line", BudgetLine.class);
    String functionalClass = f.requiredText("functionalClass");
    String economicClass = f.requiredText("economicClass");
    ThreePublicCategory threePublic = f.optionalEnum("threePublic", ThreePublicCategory.class, ThreePublicCategory.NONE);
    boolean procurement = f.optionalFlag("governmentProcurement", false);
    boolean keyProject = f.optionalFlag("keyProject", false);
    String payee = f.optionalText("payee");
    String description = f.optionalText("description");
    String corrects = f.optionalText("corrects");
    return () -> new RecordExpenditure(
        year, voucher, amount, effectiveDate,
        new ExpenditureClassification(line, functionalClass, economicClass, threePublic, procurement, keyProject),
        payee, description, corrects);
  }

  static Supplier<Object> reversal(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    String voucher = f.requiredText("voucher");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.requiredText("document");
    String reason = f.requiredText("reason");
    return () -> new ReverseExpenditure(year, voucher, effectiveDate, document, reason);
  }

  static Supplier<Object> closeYear(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    Money carryOverOut = f.requiredAmount("carryOverOut");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.requiredText("document");
    return () -> new CloseYear(year, carryOverOut, effectiveDate, document);
  }
}
