package io.fiscaltrail.query.indicators;

import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PERSONNEL;
import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PUBLIC;
import static io.fiscaltrail.query.Facts.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadModelTest
class IndicatorsTest {

  private static final BudgetYearId YEAR = BudgetYearId.of("rates-unit", 2024);

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;

  @BeforeEach
  void registerTheDepartment() {
    readModel.clear();
    readModel.feed(new History(Instant.parse("2024-01-01T00:00:00Z"))
        .add(registered("rates-unit", "测试单位", 4, 3, List.of("办公室"))));
  }

  @Test
  void aZeroBudgetMakesTheRateUndefinedNotZero() {
    feed(ceiling(YEAR, SpendingCeiling.THREE_PUBLIC_EXPENSES, "0.00", "2024-01-05"),
        spent(YEAR, "V-1", "10.00", "2024-02-01",
            threePublic(BASIC_PUBLIC, "2010101", "30217", ThreePublicCategory.OFFICIAL_RECEPTIONS)));

    Indicator rate = indicator("THREE_PUBLIC_CONTROL_RATE", "2024-12-31");
    assertThat(rate.value()).isNull();
    assertThat(rate.reason()).isEqualTo("分母（“三公”经费预算）为0，比率无定义");
    assertThat(rate.numerator().value()).isEqualByComparingTo("10.00");
  }

  @Test
  void aBudgetNeverRecordedMakesTheRateUndefinedForAnotherReason() {
    feed(spent(YEAR, "V-1", "10.00", "2024-02-01", procurement(BASIC_PUBLIC, "2010101", "31002", false)));

    Indicator rate = indicator("PROCUREMENT_EXECUTION_RATE", "2024-12-31");
    assertThat(rate.value()).isNull();
    assertThat(rate.reason()).contains("政府采购预算", "没有任何记录");
  }

  @Test
  void ratesAreRoundedHalfUpToTwoDecimals() {
    feed(initial(YEAR, BASIC_PERSONNEL, "3.00", "2024-01-05"),
        spent(YEAR, "V-1", "2.00", "2024-02-01", charged(BASIC_PERSONNEL, "2010101", "30101")));

    assertThat(indicator("BUDGET_EXECUTION_RATE", "2024-12-31").value()).isEqualByComparingTo("66.67");
    assertThat(indicator("STAFF_CONTROL_RATE", "2024-12-31").value()).isEqualByComparingTo("75.00");
  }

  @Test
  void aRateOfTheClosedYearIsUndefinedUntilTheYearCloses() {
    feed(initial(YEAR, BASIC_PERSONNEL, "100.00", "2024-01-05"),
        carryOverIn(YEAR, "10.00", "2024-01-01"),
        closed(YEAR, "0.00", "2024-12-31"));

    assertThat(indicator("CARRYOVER_RATE", "2024-12-30").reason()).contains("尚未记录年末结转和结余");
    assertThat(indicator("CARRYOVER_RATE", "2024-12-31").value()).isEqualByComparingTo("0.00");
    assertThat(indicator("CARRYOVER_CHANGE_RATE", "2024-12-31").value()).isEqualByComparingTo("-100.00");
  }

  @Test
  void everyIndicatorNamesItsSourceAndFiguresThatCanBeTraced() {
    readModel.feed(SeedYear.history());
    YearFigures figures = reader.read(SeedYear.YEAR, day("2022-12-31"));

    assertThat(Indicators.of(figures).all()).allSatisfy(indicator -> {
      IndicatorDefinition d = indicator.definition();
      assertThat(d.source()).isNotBlank();
      assertThat(d.formula()).contains("×");
      if (d.isComputable()) {
        assertThat(figures.find(d.numerator())).isPresent();
        assertThat(figures.find(d.denominator())).isPresent();
      } else {
        assertThat(indicator.reason()).isNotBlank();
      }
      assertThat(indicator.isDefined() ? indicator.reason() : indicator.value()).isNull();
    });
  }

  private void feed(Object... events) {
    readModel.feed(new History(Instant.parse("2024-01-02T00:00:00Z")).add(opened(YEAR)).add(events));
  }

  private Indicator indicator(String code, String asOf) {
    return Indicators.of(reader.read(YEAR, day(asOf))).get(code);
  }
}
