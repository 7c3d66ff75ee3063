package io.fiscaltrail.query.findings;

import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PERSONNEL;
import static io.fiscaltrail.kernel.budget.BudgetLine.PROJECT;
import static io.fiscaltrail.query.Facts.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ReportClaimsFiled;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import io.fiscaltrail.query.config.QuerySideProperties;
import io.fiscaltrail.query.figures.YearFiguresReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadModelTest
class FindingsTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("rules-unit", 2024);

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;
  @Autowired Assessor assessor;

  @BeforeEach
  void registerTheDepartment() {
    readModel.clear();
    readModel.feed(new History(Instant.parse("2024-01-01T00:00:00Z"))
        .add(registered("rules-unit", "测试单位", 4, 4, List.of("办公室"))));
  }

  @Test
  void spendingAboveTheAvailableFundsBeforeTheClose() {
    feed(initial(YEAR, BASIC_PERSONNEL, "100.00", "2024-01-05"),
        spent(YEAR, "V-1", "150.00", "2024-02-01", charged(BASIC_PERSONNEL, "2010101", "30101")));

    assertThat(findings("2024-03-01")).extracting(Finding::code)
        .contains("SPENDING_ABOVE_AVAILABLE_FUNDS", "SPENDING_ABOVE_BUDGET_PERSONNEL")
        .doesNotContain("SOURCES_NOT_EQUAL_USES");
  }

  @Test
  void projectSpendingWithoutAProjectBudget() {
    feed(initial(YEAR, BASIC_PERSONNEL, "100.00", "2024-01-05"),
        spent(YEAR, "V-1", "50.00", "2024-02-01", charged(PROJECT, "2130101", "30299")));

    assertThat(findings("2024-03-01")).filteredOn(f -> f.code().equals("SPENDING_WITHOUT_BUDGET_PROJECT"))
        .singleElement()
        .satisfies(f -> {
          assertThat(f.severity()).isEqualTo(Severity.ERROR);
          assertThat(f.message()).contains("未安排项目支出预算", "0.01万元");
          assertThat(f.figures()).containsExactly("EXPENDITURE_PROJECT", "PROJECT_BUDGET");
        });
  }

  @Test
  void theSupplementaryShareThresholdIsASetting() {
    readModel.feed(SeedYear.history());
    Assessor lenient = new Assessor(new QuerySideProperties(
        ZoneId.of("Asia/Shanghai"), 500, 2, new QuerySideProperties.Findings(new BigDecimal("75"))));

    assertThat(assessor.assess(reader.read(SeedYear.YEAR, day("2022-12-31"))).findings())
        .extracting(Finding::code).contains("SUPPLEMENTARY_SHARE_ABOVE_THRESHOLD");
    assertThat(lenient.assess(reader.read(SeedYear.YEAR, day("2022-12-31"))).findings())
        .extracting(Finding::code).doesNotContain("SUPPLEMENTARY_SHARE_ABOVE_THRESHOLD");
  }

  @Test
  void claimsTheEventsDoNotSupportOrThatCannotBeChecked() {
    feed(initial(YEAR, BASIC_PERSONNEL, "1000000.00", "2024-01-05"),
        new ReportClaimsFiled(YEAR, "自评报告", day("2025-03-01"),
            List.of(
                claim("APPROPRIATION_INITIAL", "100", "万元", "年初预算100万元"),
                claim("APPROPRIATION_INITIAL", "120", "万元", "年初预算120万元"),
                claim("APPROPRIATION_INITIAL", "1000000", "元", "年初预算1000000元"),
                claim("APPROPRIATION_INITIAL", "100", "%", "错误的单位"),
                claim("NO_SUCH_FIGURE", "1", "万元", "无从核对")),
            List.of(), List.of()));

    Assessment assessment = assessor.assess(reader.read(YEAR, day("2025-06-30")));
    assertThat(assessment.claims()).extracting(ClaimCheck::status).containsExactly(
        ClaimCheck.Status.AGREES, ClaimCheck.Status.DIFFERS, ClaimCheck.Status.AGREES,
        ClaimCheck.Status.NOT_CHECKABLE, ClaimCheck.Status.NOT_CHECKABLE);
    assertThat(assessment.claims().get(1).difference()).isEqualByComparingTo("20");
    assertThat(assessment.findings()).filteredOn(f -> f.code().equals("CLAIM_NOT_SUPPORTED")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("年初预算数", "120万元", "100.00万元"));
    assertThat(assessment.findings()).filteredOn(f -> f.code().equals("CLAIM_NOT_CHECKABLE")).hasSize(2);
  }

  @Test
  void aClaimUnderTheHeadlineCodeThatHoldsOnlyOnAnotherDenominatorSaysWhichOne() {
    readModel.feed(SeedYear.history().recordedAt(Instant.parse("2023-05-01T00:00:00Z")).add(
        new ReportClaimsFiled(SeedYear.YEAR, "重新报送的报告", day("2023-05-01"),
            List.of(
                claim("BUDGET_EXECUTION_RATE", "444", "%", "预算执行率为444%"),
                claim("OVERSPEND", "115.62", "万元", "当年预算有超支115.62万元")),
            List.of(), List.of())));

    Assessment assessment = assessor.assess(reader.read(SeedYear.YEAR, day("2023-06-30")));
    assertThat(assessment.claims()).extracting(ClaimCheck::status, ClaimCheck::basis).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ClaimCheck.Status.DIFFERS, "BUDGET_EXECUTION_RATE_INITIAL_BASIC"),
        org.assertj.core.groups.Tuple.tuple(ClaimCheck.Status.DIFFERS, "OVERSPEND_INITIAL_BASIC"));
    assertThat(assessment.claims().get(0).difference()).isEqualByComparingTo("344");
    assertThat(assessment.findings()).filteredOn(f -> f.code().equals("CLAIM_DENOMINATOR")).hasSize(2);
    assertThat(assessment.findings()).extracting(Finding::code).doesNotContain("CLAIM_NOT_SUPPORTED");
  }

  @Test
  void aYearWithNothingWrongHasOnlyItsUndefinedRatesAsFindings() {
    feed(initial(YEAR, BASIC_PERSONNEL, "100.00", "2024-01-05"),
        carryOverIn(YEAR, "0.00", "2024-01-01"),
        spent(YEAR, "V-1", "80.00", "2024-02-01", charged(BASIC_PERSONNEL, "2010101", "30101")),
        closed(YEAR, "20.00", "2024-12-31"));

    assertThat(findings("2024-12-31")).extracting(Finding::code)
        .containsOnly("UNDEFINED_RATE");
  }

  private void feed(Object... events) {
    readModel.feed(new History(Instant.parse("2024-01-02T00:00:00Z")).add(opened(YEAR)).add(events));
  }

  private List<Finding> findings(String asOf) {
    return assessor.assess(reader.read(YEAR, day(asOf))).findings();
  }
}
