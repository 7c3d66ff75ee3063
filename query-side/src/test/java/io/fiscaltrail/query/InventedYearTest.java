package io.fiscaltrail.query;

import static io.fiscaltrail.query.Facts.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.Assessor;
import io.fiscaltrail.query.findings.Finding;
import io.fiscaltrail.query.indicators.Indicators;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Another department, other numbers and dates: nothing in the figures is specific to the seed. */
@ReadModelTest
class InventedYearTest {

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;
  @Autowired Assessor assessor;

  @BeforeEach
  void loadBothDepartments() {
    readModel.clear();
    readModel.feed(SeedYear.history());
    readModel.feed(InventedYear.history());
  }

  @Test
  void theYearEndFigures() {
    YearFigures f = reader.read(InventedYear.YEAR, day("2023-12-31"));

    assertThat(wan(f, "APPROPRIATION_TOTAL")).isEqualTo("630.00");
    assertThat(wan(f, "APPROPRIATION_REDUCTIONS")).isEqualTo("20.00");
    assertThat(wan(f, "OTHER_INCOME")).isEqualTo("5.00");
    assertThat(wan(f, "OTHER_INCOME_BUSINESS")).isEqualTo("5.00");
    assertThat(wan(f, "EXPENDITURE_TOTAL")).isEqualTo("568.00");
    assertThat(wan(f, "EXPENDITURE_FUNCTION_213")).isEqualTo("568.00");
    assertThat(wan(f, "EXPENDITURE_ECONOMIC_310")).isEqualTo("290.00");
    assertThat(wan(f, "EXPENDITURE_KEY_PROJECT")).isEqualTo("280.00");
    assertThat(wan(f, "PROCUREMENT_SPENT")).isEqualTo("70.00");
    assertThat(wan(f, "THREE_PUBLIC_SPENT")).isEqualTo("4.50");
    assertThat(wan(f, "PRIOR_YEAR_THREE_PUBLIC_SPENT")).isEqualTo("8.00");
    assertThat(wan(f, "SOURCES")).isEqualTo("647.00");
    assertThat(wan(f, "USES")).isEqualTo("645.00");
    assertThat(wan(f, "UNACCOUNTED")).isEqualTo("2.00");
    assertThat(wan(f, "ASSETS_FIXED_COST")).isEqualTo("100.00");
    assertThat(wan(f, "ASSETS_FIXED_IN_USE_COST")).isEqualTo("80.00");
    assertThat(wan(f, "ASSETS_FIXED_NET")).isEqualTo("90.00");
    assertThat(wan(f, "ASSETS_TOTAL")).isEqualTo("240.00");
    assertThat(f.value("ACTUAL_HEADCOUNT").value()).isEqualByComparingTo("21");
  }

  @Test
  void theIndicatorsAtYearEnd() {
    Indicators i = Indicators.of(reader.read(InventedYear.YEAR, day("2023-12-31")));

    assertThat(percent(i, "BUDGET_EXECUTION_RATE")).isEqualTo("90.16");
    assertThat(percent(i, "BUDGET_EXECUTION_RATE_INITIAL_BASIC")).isEqualTo("227.20");
    assertThat(percent(i, "BUDGET_ADJUSTMENT_RATE")).isEqualTo("21.82");
    assertThat(percent(i, "SUPPLEMENTARY_SHARE")).isEqualTo("15.87");
    assertThat(percent(i, "STAFF_CONTROL_RATE")).isEqualTo("95.45");
    assertThat(percent(i, "THREE_PUBLIC_CONTROL_RATE")).isEqualTo("75.00");
    assertThat(percent(i, "THREE_PUBLIC_CHANGE_RATE")).isEqualTo("-43.75");
    assertThat(percent(i, "PROCUREMENT_EXECUTION_RATE")).isEqualTo("87.50");
    assertThat(percent(i, "PUBLIC_FUNDS_CONTROL_RATE")).isEqualTo("93.33");
    assertThat(percent(i, "KEY_SPENDING_RATE")).isEqualTo("80.00");
    assertThat(percent(i, "CARRYOVER_RATE")).isEqualTo("12.22");
    assertThat(percent(i, "CARRYOVER_CHANGE_RATE")).isEqualTo("541.67");
    assertThat(percent(i, "FIXED_ASSET_UTILIZATION_RATE")).isEqualTo("80.00");
  }

  @Test
  void midYearTheBooksSayWhatWasEffectiveThen() {
    YearFigures june = reader.read(InventedYear.YEAR, day("2023-06-30"));

    assertThat(wan(june, "APPROPRIATION_TOTAL")).isEqualTo("650.00");
    assertThat(wan(june, "EXPENDITURE_TOTAL")).isEqualTo("188.50");
    assertThat(june.value("ACTUAL_HEADCOUNT").value()).isEqualByComparingTo("18");
    assertThat(wan(june, "ASSETS_FIXED_COST")).isEqualTo("100.00");
    assertThat(wan(june, "ASSETS_CURRENT")).isEqualTo("120.00");
    Indicators i = Indicators.of(june);
    assertThat(percent(i, "STAFF_CONTROL_RATE")).isEqualTo("90.00");
    assertThat(i.get("CARRYOVER_RATE").isDefined()).isFalse();
  }

  @Test
  void aBackdatedVoucherCountsOnItsEffectiveDate() {
    assertThat(wan(reader.read(InventedYear.YEAR, day("2023-08-07")), "EXPENDITURE_PUBLIC")).isEqualTo("14.50");
    assertThat(wan(reader.read(InventedYear.YEAR, day("2023-08-08")), "EXPENDITURE_PUBLIC")).isEqualTo("28.00");
  }

  @Test
  void theFindingsAreTheInventedYearsOwn() {
    List<Finding> findings = assessor.assess(reader.read(InventedYear.YEAR, day("2024-06-30"))).findings();

    assertThat(findings).extracting(Finding::code)
        .containsExactlyInAnyOrder("SOURCES_NOT_EQUAL_USES", "CARRYOVER_IN_DIFFERS_FROM_PRIOR_YEAR");
    assertThat(findings.get(0).message()).contains("647.00万元", "645.00万元", "2.00万元");
    assertThat(findings.get(1).message()).contains("12.50万元", "12.00万元");
  }

  @Test
  void beforeTheCloseUndefinedCarryOverRatesAreFindings() {
    List<Finding> findings = assessor.assess(reader.read(InventedYear.YEAR, day("2023-06-30"))).findings();

    assertThat(findings).filteredOn(f -> f.code().equals("UNDEFINED_RATE")).flatExtracting(Finding::figures)
        .contains("CARRYOVER_RATE", "CARRYOVER_CHANGE_RATE");
    assertThat(findings).extracting(Finding::code).doesNotContain("SOURCES_NOT_EQUAL_USES");
  }

  private static String wan(YearFigures f, String code) {
    return Formats.wan(f.value(code));
  }

  private static String percent(Indicators indicators, String code) {
    assertThat(indicators.get(code).isDefined()).as(code + ": " + indicators.get(code).reason()).isTrue();
    return indicators.get(code).value().toPlainString();
  }
}
