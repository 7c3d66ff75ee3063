package io.fiscaltrail.command.budget;

import io.fiscaltrail.command.CommonRules;
import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.command.department.DepartmentDirectory;
import io.fiscaltrail.kernel.budget.AppropriationChanged;
import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.AppropriationReduced;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import io.fiscaltrail.kernel.budget.RecordAppropriation;
import io.fiscaltrail.kernel.budget.RecordExpenditure;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

/** The rules a fiscal year's facts must satisfy, each named so a reader can list them. */
final class BudgetYearRules {

  /** 功能分类 and 经济分类 codes are digits: 3 for a 类, 5 or 7 for finer levels. */
  private static final Pattern CLASS_CODE = Pattern.compile("\\d{3}(\\d{2}){0,2}");

  private BudgetYearRules() {}

  static void appropriationIsWellFormed(RecordAppropriation command) {
    CommonRules.isPresent("kind", command.kind());
    CommonRules.isPresent("line", command.line());
    CommonRules.amountIsPositive("amount", command.amount());
    dateIsInTheFiscalYear(command.budgetYear(), command.effectiveDate());
    CommonRules.isPresent("document", command.document());
    boolean midYear = command.kind() != AppropriationKind.INITIAL;
    if (midYear && (command.reason() == null || command.reason().isBlank())) {
      throw RejectedCommand.invalid("reason", "a mid-year change needs its reason");
    }
    if (command.kind() != AppropriationKind.SUPPLEMENTARY && command.approvedBy() != null) {
      throw RejectedCommand.invalid("approvedBy", "is stated for a SUPPLEMENTARY allocation only");
    }
  }

  static AppropriationChanged appropriationFact(RecordAppropriation c) {
    return switch (c.kind()) {
      case INITIAL -> new InitialAppropriationApproved(
          c.budgetYear(), c.line(), c.amount(), c.effectiveDate(), c.document(), c.reason());
      case SUPPLEMENTARY -> new SupplementaryAllocationGranted(
          c.budgetYear(), c.line(), c.amount(), c.effectiveDate(), c.document(), c.reason(),
          c.approvedBy() == null || c.approvedBy().isBlank()
              ? SupplementaryAllocationGranted.NOT_RECORDED
              : c.approvedBy());
      case REDUCTION -> new AppropriationReduced(
          c.budgetYear(), c.line(), c.amount(), c.effectiveDate(), c.document(), c.reason());
    };
  }

  static void expenditureIsWellFormed(RecordExpenditure command) {
    CommonRules.isPresent("voucher", command.voucher());
    CommonRules.amountIsPositive("amount", command.amount());
    dateIsInTheFiscalYear(command.budgetYear(), command.effectiveDate());
    ExpenditureClassification classification = command.classification();
    CommonRules.isPresent("classification", classification);
    spendingIsChargedToALine(classification.line());
    classCodeIsWellFormed("functionalClass", classification.functionalClass());
    classCodeIsWellFormed("economicClass", classification.economicClass());
    CommonRules.isPresent("threePublic", classification.threePublic());
  }

  static void spendingIsChargedToALine(BudgetLine line) {
    CommonRules.isPresent("line", line);
    if (line == BudgetLine.UNASSIGNED) {
      throw RejectedCommand.invalid("line", "spending is charged to BASIC_PERSONNEL, BASIC_PUBLIC or PROJECT");
    }
  }

  static void classCodeIsWellFormed(String field, String code) {
    CommonRules.isPresent(field, code);
    if (!CLASS_CODE.matcher(code).matches()) {
      throw RejectedCommand.invalid(field, "must be a classification code of 3, 5 or 7 digits: " + code);
    }
  }

  static void dateIsInTheFiscalYear(BudgetYearId year, LocalDate date) {
    CommonRules.isPresent("effectiveDate", date);
    if (!year.contains(date)) {
      throw RejectedCommand.invalid("effectiveDate", date + " is outside fiscal year " + year.year());
    }
  }

  /** Disclosures and filed reports about a year often come in the next one, never before it. */
  static void dateIsNotBeforeTheFiscalYear(BudgetYearId year, LocalDate date) {
    CommonRules.isPresent("effectiveDate", date);
    if (date.isBefore(year.firstDay())) {
      throw RejectedCommand.invalid("effectiveDate", date + " is before fiscal year " + year.year());
    }
  }

  static void departmentMustBeRegistered(BudgetYearId year, DepartmentDirectory departments) {
    if (!departments.isRegistered(year.department())) {
      throw RejectedCommand.notFound("department", "department " + year.department() + " is not registered");
    }
  }

  static void financialFactsNeedAnOpenYear(boolean closed) {
    if (closed) {
      throw RejectedCommand.conflict("budgetYear", "the fiscal year is closed");
    }
  }

  static void aYearClosesOnce(boolean closed) {
    if (closed) {
      throw RejectedCommand.conflict("budgetYear", "the fiscal year is already closed");
    }
  }

  static void reductionCannotExceedAppropriations(RecordAppropriation command, Money appropriated) {
    if (command.kind() == AppropriationKind.REDUCTION && command.amount().compareTo(appropriated) > 0) {
      throw RejectedCommand.invalid(
          "amount", "reduction of " + command.amount() + " exceeds the year's appropriations of " + appropriated);
    }
  }

  /**
   * Checked against what the command's unit of work knows of the voucher; the store's unique key
   * on recordings holds the rule for vouchers recorded before ({@link VoucherKeys#refusal}).
   */
  static void voucherNumbersAreUnique(String voucher, RecordedVoucher recorded) {
    if (recorded != null) {
      throw RejectedCommand.conflict("voucher", alreadyRecorded(voucher));
    }
  }

  static String alreadyRecorded(String voucher) {
    return "voucher " + voucher + " is already recorded in this year";
  }

  static String alreadyReversed(String voucher) {
    return "voucher " + voucher + " is already reversed";
  }

  static void onlyAStandingVoucherCanBeReversed(String voucher, RecordedVoucher original) {
    if (original == null) {
      throw RejectedCommand.invalid("voucher", "no voucher " + voucher + " was recorded in this year");
    }
    if (original.isReversed()) {
      throw RejectedCommand.conflict("voucher", alreadyReversed(voucher));
    }
  }

  static void onlyAStandingVoucherCanBeCorrected(String voucher, RecordedVoucher original) {
    if (original == null) {
      throw RejectedCommand.invalid("corrects", "no voucher " + voucher + " was recorded in this year");
    }
    if (original.isReversed()) {
      throw RejectedCommand.conflict("corrects", alreadyReversed(voucher));
    }
  }

  static void targetCodesAreUnique(String targetCode, Set<String> targets) {
    if (targets.contains(targetCode)) {
      throw RejectedCommand.conflict("targetCode", "target " + targetCode + " is already set");
    }
  }

  static void outputsCountTowardsKnownTargets(String targetCode, Set<String> targets) {
    if (targetCode != null && !targets.contains(targetCode)) {
      throw RejectedCommand.invalid("targetCode", "no target " + targetCode + " is set for this year");
    }
  }
}
