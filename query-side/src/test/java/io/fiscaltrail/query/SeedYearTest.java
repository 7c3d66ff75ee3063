package io.fiscaltrail.query;

import static io.fiscaltrail.query.Facts.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.findings.Assessor;
import io.fiscaltrail.query.findings.ClaimCheck.Status;
import io.fiscaltrail.query.findings.ClaimCheck;
import io.fiscaltrail.query.findings.Finding;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.Indicators;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The seed year, built from the figures in domain.md, gives every figure the report states and none of its mistakes. */
@ReadModelTest
class SeedYearTest {

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;
  @Autowired Assessor assessor;

  @BeforeEach
  void loadTheSeedYear() {
    readModel.clear();
    readModel.feed(SeedYear.history());
  }

  @Test
  void everyFigureTheReportStatesHoldsAtYearEnd() {
    YearFigures f = reader.read(SeedYear.YEAR, day("2022-12-31"));

    assertThat(count(f, "AUTHORIZED_HEADCOUNT")).isEqualTo("3");
    assertThat(count(f, "ACTUAL_HEADCOUNT")).isEqualTo("3");
    assertThat(count(f, "DIVISION_COUNT")).isEqualTo("3");
    assertThat(wan(f, "APPROPRIATION_TOTAL")).isEqualTo("149.20");
    assertThat(wan(f, "APPROPRIATION_INITIAL")).isEqualTo("43.84");
    assertThat(wan(f, "APPROPRIATION_SUPPLEMENTARY")).isEqualTo("105.36");
    assertThat(wan(f, "APPROPRIATION_REDUCTIONS")).isEqualTo("0.00");
    assertThat(wan(f, "CARRYOVER_IN")).isEqualTo("7.25");
    assertThat(wan(f, "EXPENDITURE_TOTAL")).isEqualTo("149.20");
    assertThat(wan(f, "EXPENDITURE_BASIC")).isEqualTo("149.20");
    assertThat(wan(f, "EXPENDITURE_PROJECT")).isEqualTo("0.00");
    assertThat(wan(f, "EXPENDITURE_FUNCTION_201")).isEqualTo("140.42");
    assertThat(wan(f, "EXPENDITURE_FUNCTION_208")).isEqualTo("3.37");
    assertThat(wan(f, "EXPENDITURE_FUNCTION_210")).isEqualTo("2.41");
    assertThat(wan(f, "EXPENDITURE_FUNCTION_221")).isEqualTo("3.00");
    assertThat(wan(f, "CARRYOVER_OUT")).isEqualTo("7.25");
    assertThat(wan(f, "APPROPRIATION_INITIAL_BASIC")).isEqualTo("33.58");
    assertThat(wan(f, "APPROPRIATION_INITIAL_PROJECT")).isEqualTo("3.00");
    assertThat(wan(f, "APPROPRIATION_INITIAL_UNASSIGNED")).isEqualTo("7.26");
    assertThat(wan(f, "EXPENDITURE_PERSONNEL")).isEqualTo("38.39");
    assertThat(wan(f, "EXPENDITURE_PUBLIC")).isEqualTo("110.81");
    assertThat(wan(f, "OVERSPEND_INITIAL_BASIC")).isEqualTo("115.62");
    assertThat(wan(f, "OVERSPEND")).isEqualTo("0.00");
    assertThat(wan(f, "PUBLIC_FUNDS_BUDGET")).isEqualTo("0.00");
    assertThat(wan(f, "THREE_PUBLIC_SPENT")).isEqualTo("0.08");
    assertThat(wan(f, "THREE_PUBLIC_BUDGET")).isEqualTo("0.00");
    assertThat(f.value("THREE_PUBLIC_BUDGET").recorded()).isTrue();
    assertThat(wan(f, "PROCUREMENT_BUDGET")).isEqualTo("3.00");
    assertThat(wan(f, "PROCUREMENT_SPENT")).isEqualTo("0.00");
    assertThat(wan(f, "ASSETS_TOTAL")).isEqualTo("99.01");
    assertThat(wan(f, "ASSETS_CURRENT")).isEqualTo("96.27");
    assertThat(wan(f, "ASSETS_FIXED_NET")).isEqualTo("2.74");
    assertThat(wan(f, "UNACCOUNTED")).isEqualTo("0.00");
    assertThat(f.value("EXPENDITURE_TOTAL").value()).isEqualByComparingTo("1492000.00");
  }

  @Test
  void theFiguresAtMidYearAreWhatTheBooksSaidThen() {
    YearFigures f = reader.read(SeedYear.YEAR, day("2022-06-30"));

    assertThat(wan(f, "APPROPRIATION_INITIAL")).isEqualTo("43.84");
    assertThat(wan(f, "APPROPRIATION_SUPPLEMENTARY")).isEqualTo("40.00");
    assertThat(wan(f, "APPROPRIATION_TOTAL")).isEqualTo("83.84");
    assertThat(wan(f, "EXPENDITURE_PERSONNEL")).isEqualTo("19.20");
    assertThat(wan(f, "EXPENDITURE_PUBLIC")).isEqualTo("64.30");
    assertThat(wan(f, "EXPENDITURE_TOTAL")).isEqualTo("83.50");
    assertThat(f.isClosed()).isFalse();
    assertThat(wan(f, "ASSETS_CURRENT")).isEqualTo("80.00");
    assertThat(wan(f, "ASSETS_FIXED_NET")).isEqualTo("3.80");
    assertThat(percent(Indicators.of(f), "BUDGET_EXECUTION_RATE")).isEqualTo("99.59");
    assertThat(Indicators.of(f).get("CARRYOVER_RATE").reason()).contains("年末结转和结余");
  }

  @Test
  void aWrongVoucherCountsUntilItsCorrectionAndAReversedOneNetsOut() {
    assertThat(wan(reader.read(SeedYear.YEAR, day("2022-01-31")), "EXPENDITURE_PUBLIC")).isEqualTo("4.50");
    assertThat(wan(reader.read(SeedYear.YEAR, day("2022-02-10")), "EXPENDITURE_PUBLIC")).isEqualTo("4.30");
    assertThat(wan(reader.read(SeedYear.YEAR, day("2022-05-19")), "EXPENDITURE_PUBLIC")).isEqualTo("39.30");
    assertThat(wan(reader.read(SeedYear.YEAR, day("2022-05-20")), "EXPENDITURE_PUBLIC")).isEqualTo("34.30");
  }

  @Test
  void theIndicatorsTheDomainNotesMention() {
    Indicators indicators = Indicators.of(reader.read(SeedYear.YEAR, day("2022-12-31")));

    assertThat(percent(indicators, "BUDGET_EXECUTION_RATE_INITIAL_BASIC")).isEqualTo("444.31");
    assertThat(percent(indicators, "BUDGET_EXECUTION_RATE")).isEqualTo("100.00");
    assertThat(percent(indicators, "BUDGET_ADJUSTMENT_RATE")).isEqualTo("240.33");
    assertThat(percent(indicators, "SUPPLEMENTARY_SHARE")).isEqualTo("70.62");
    assertThat(percent(indicators, "PROCUREMENT_EXECUTION_RATE")).isEqualTo("0.00");
    assertThat(percent(indicators, "STAFF_CONTROL_RATE")).isEqualTo("100.00");
    assertThat(percent(indicators, "CARRYOVER_RATE")).isEqualTo("4.86");
    assertThat(percent(indicators, "CARRYOVER_CHANGE_RATE")).isEqualTo("0.00");
    assertThat(percent(indicators, "FIXED_ASSET_UTILIZATION_RATE")).isEqualTo("100.00");
    assertThat(percent(indicators, "OUTPUT_COMPLETION_RATE_VISIT")).isEqualTo("100.00");

    assertThat(indicators.get("PUBLIC_FUNDS_CONTROL_RATE").value()).isNull();
    assertThat(indicators.get("PUBLIC_FUNDS_CONTROL_RATE").reason()).contains("全年预算：公用经费", "没有任何记录");
    assertThat(indicators.get("THREE_PUBLIC_CONTROL_RATE").value()).isNull();
    assertThat(indicators.get("THREE_PUBLIC_CONTROL_RATE").reason()).contains("“三公”经费预算", "为0");
    assertThat(indicators.get("THREE_PUBLIC_CHANGE_RATE").reason()).contains("上年");
    assertThat(indicators.get("KEY_SPENDING_RATE").value()).isNull();
    assertThat(indicators.get("PAYMENT_PROGRESS_RATE").value()).isNull();
    assertThat(indicators.get("PAYMENT_PROGRESS_RATE").reason()).contains("既定支付进度");
  }

  @Test
  void theFindingsAnAuditorMustSee() {
    Assessment assessment = assessor.assess(reader.read(SeedYear.YEAR, day("2023-06-30")));
    Map<String, Finding> byCode = assessment.findings().stream()
        .collect(Collectors.toMap(Finding::code, Function.identity(), (a, b) -> a));

    assertThat(byCode.get("INITIAL_NOT_ASSIGNED_TO_LINES").message()).contains("7.26万元", "43.84万元", "33.58万元");
    assertThat(byCode.get("SPENDING_WITHOUT_BUDGET_PUBLIC_FUNDS").message()).contains("110.81万元");
    assertThat(byCode.get("SPENDING_WITHOUT_BUDGET_THREE_PUBLIC").message()).contains("“三公”经费预算为0", "0.08万元");
    assertThat(byCode.get("SUPPLEMENTARY_SHARE_ABOVE_THRESHOLD").message()).contains("70.62%", "240.33%");
    assertThat(byCode).doesNotContainKeys("SOURCES_NOT_EQUAL_USES", "SPENDING_ABOVE_AVAILABLE_FUNDS", "CLAIM_NOT_SUPPORTED");
    assertThat(assessment.findings()).filteredOn(f -> f.code().equals("CLAIM_DENOMINATOR"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains(
            "444%", "以年初预算：基本支出（33.58万元）为分母", "以财政拨款预算数（全年）（149.20万元）为分母", "100.00%"))
        .anySatisfy(m -> assertThat(m).contains("115.62万元", "超出全年预算的支出为0.00万元"));
    assertThat(assessment.findings()).filteredOn(f -> f.code().equals("CLAIM_OF_UNDEFINED_RATE"))
        .extracting(Finding::message)
        .anySatisfy(m -> assertThat(m).contains("公用经费控制率", "0%", "110.81万元"))
        .anySatisfy(m -> assertThat(m).contains("“三公经费”控制率", "0%", "0.08万元"));
    assertThat(assessment.findings()).filteredOn(f -> f.code().equals("UNDEFINED_RATE"))
        .flatExtracting(Finding::figures)
        .contains("PUBLIC_FUNDS_CONTROL_RATE", "THREE_PUBLIC_CONTROL_RATE", "THREE_PUBLIC_CHANGE_RATE", "KEY_SPENDING_RATE")
        .doesNotContain("PAYMENT_PROGRESS_RATE");
  }

  @Test
  void theFiledReportReconcilesFigureByFigure() {
    Assessment assessment = assessor.assess(reader.read(SeedYear.YEAR, day("2023-06-30")));
    Map<String, ClaimCheck> byCode = assessment.claims().stream()
        .collect(Collectors.toMap(c -> c.claim().code(), Function.identity()));

    assertThat(byCode).hasSize(32);
    assertThat(byCode.get("APPROPRIATION_TOTAL").status()).isEqualTo(Status.AGREES);
    assertThat(byCode.get("EXPENDITURE_FUNCTION_221").status()).isEqualTo(Status.AGREES);
    assertThat(byCode.get("PROCUREMENT_EXECUTION_RATE").status()).isEqualTo(Status.AGREES);
    assertThat(byCode.get("BUDGET_EXECUTION_RATE_INITIAL_BASIC")).satisfies(c -> {
      assertThat(c.status()).isEqualTo(Status.AGREES);
      assertThat(c.supported()).isEqualByComparingTo("444.31");
      assertThat(c.difference()).isEqualByComparingTo("0");
      assertThat(c.basis()).isEqualTo("BUDGET_EXECUTION_RATE_INITIAL_BASIC");
    });
    assertThat(byCode.get("OVERSPEND_INITIAL_BASIC").basis()).isEqualTo("OVERSPEND_INITIAL_BASIC");
    assertThat(byCode.get("PUBLIC_FUNDS_CONTROL_RATE").status()).isEqualTo(Status.UNDEFINED);
    assertThat(byCode.get("THREE_PUBLIC_CONTROL_RATE").status()).isEqualTo(Status.UNDEFINED);
    assertThat(byCode.values()).filteredOn(c -> c.status() == Status.AGREES).hasSize(30);
  }

  @Test
  void theFiledReportIsNotKnownBeforeItWasFiled() {
    Assessment assessment = assessor.assess(reader.read(SeedYear.YEAR, day("2022-12-31")));

    assertThat(assessment.claims()).isEmpty();
    assertThat(assessment.findings()).extracting(Finding::code).noneMatch(c -> c.startsWith("CLAIM_"));
  }

  private static String wan(YearFigures f, String code) {
    return Formats.wan(f.value(code));
  }

  private static String count(YearFigures f, String code) {
    return f.value(code).value().toPlainString();
  }

  private static String percent(Indicators indicators, String code) {
    Indicator indicator = indicators.get(code);
    assertThat(indicator.isDefined()).as(code + ": " + indicator.reason()).isTrue();
    return indicator.value().toPlainString();
  }
}
