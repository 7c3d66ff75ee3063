package io.fiscaltrail.command.importing;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.kernel.budget.DisclosureSubject;
import io.fiscaltrail.kernel.budget.FileReportClaims;
import io.fiscaltrail.kernel.budget.QualitativeIndicator;
import io.fiscaltrail.kernel.budget.RecordDisclosure;
import io.fiscaltrail.kernel.budget.RecordEvidence;
import io.fiscaltrail.kernel.budget.RecordOutput;
import io.fiscaltrail.kernel.budget.SetPerformanceTarget;
import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Reads the evaluation records of a fiscal year: targets, outputs, disclosures, evidence, a filed report. */
final class EvaluationRecords {

  private EvaluationRecords() {}

  static Supplier<Object> target(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    String targetCode = f.requiredText("targetCode");
    String name = f.requiredText("name");
    String unit = f.optionalText("unit");
    BigDecimal targetValue = f.optionalDecimal("targetValue");
    String document = f.optionalText("document");
    return () -> new SetPerformanceTarget(year, targetCode, name, unit, targetValue, document);
  }

  static Supplier<Object> output(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    String targetCode = f.optionalText("targetCode");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String description = f.requiredText("description");
    BigDecimal quantity = f.optionalDecimal("quantity");
    String unit = f.optionalText("unit");
    Money amount = f.optionalAmount("amount");
    String document = f.optionalText("document");
    return () -> new RecordOutput(year, targetCode, effectiveDate, description, quantity, unit, amount, document);
  }

  static Supplier<Object> disclosure(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    DisclosureSubject subject = f.requiredEnum("subject", DisclosureSubject.class);
    String channel = f.requiredText("channel");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    return () -> new RecordDisclosure(year, subject, channel, effectiveDate);
  }

  static Supplier<Object> evidence(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    QualitativeIndicator indicator = f.requiredEnum("indicator", QualitativeIndicator.class);
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String statement = f.requiredText("statement");
    String document = f.optionalText("document");
    return () -> new RecordEvidence(year, indicator, effectiveDate, statement, document);
  }

  static Supplier<Object> reportClaims(RecordFields f) {
    BudgetYearId year = f.budgetYear();
    String document = f.requiredText("document");
    LocalDate filedOn = f.requiredDate("filedOn");
    List<ClaimedFigure> figures = f.claimedFigures("figures");
    List<String> problems = f.optionalTextList("problems");
    List<String> measures = f.optionalTextList("measures");
    return () -> new FileReportClaims(year, document, filedOn, figures, problems, measures);
  }
}
