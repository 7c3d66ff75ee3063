package io.fiscaltrail.query.trace;

import static io.fiscaltrail.query.Facts.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

@ReadModelTest
class FigureTraceTest {

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;
  @Autowired FigureTrace trace;

  @BeforeEach
  void loadBothDepartments() {
    readModel.clear();
    readModel.feed(SeedYear.history());
    readModel.feed(InventedYear.history());
  }

  @ParameterizedTest
  @CsvSource({
      "beita-union, 2022, 2022-06-30", "beita-union, 2022, 2022-12-31", "beita-union, 2022, 2023-06-30",
      "hexi-water, 2023, 2023-02-28", "hexi-water, 2023, 2023-08-08", "hexi-water, 2023, 2024-06-30"})
  void everyFigureIsTheSumOfTheEventsBehindIt(String code, int year, String asOf) {
    YearFigures figures = reader.read(BudgetYearId.of(code, year), day(asOf));
    YearTrace events = trace.of(figures);
    List<FigureDefinition> all = new ArrayList<>(figures.catalogue().listed());
    all.add(figures.definition("PRIOR_YEAR_CARRYOVER_OUT"));
    all.add(figures.definition("PRIOR_YEAR_EXPENDITURE_FUNCTION_213"));

    assertThat(all).hasSizeGreaterThan(60).allSatisfy(definition -> assertThat(
            events.entries(definition).stream().map(TraceEntry::amount).reduce(BigDecimal.ZERO, BigDecimal::add))
        .as(definition.code())
        .isEqualByComparingTo(figures.value(definition.code()).value()));
  }

  @Test
  void aReversalIsTracedAsANegativeAmountOnItsOwnDate() {
    YearFigures figures = reader.read(SeedYear.YEAR, day("2022-12-31"));

    List<TraceEntry> entries = trace.of(figures).entries(figures.definition("EXPENDITURE_ECONOMIC_302"));
    assertThat(entries).filteredOn(e -> e.type().equals("ExpenditureReversed")).singleElement()
        .satisfies(e -> {
          assertThat(e.amount()).isEqualByComparingTo("-50000.00");
          assertThat(e.effectiveDate()).isEqualTo(day("2022-05-20"));
          assertThat(e.document()).isEqualTo("冲销 P-099");
        });
    assertThat(entries).extracting(TraceEntry::effectiveDate).isSorted();
  }

  @Test
  void aDerivedFigureShowsWhatEachEventAddsOrTakesAway() {
    YearFigures figures = reader.read(InventedYear.YEAR, day("2023-12-31"));

    List<TraceEntry> entries = trace.of(figures).entries(figures.definition("APPROPRIATION_TOTAL"));
    assertThat(entries).extracting(e -> e.type() + " " + e.amount().toPlainString()).containsExactly(
        "InitialAppropriationApproved 2000000.00",
        "InitialAppropriationApproved 500000.00",
        "InitialAppropriationApproved 3000000.00",
        "SupplementaryAllocationGranted 1000000.00",
        "AppropriationReduced -200000.00");
  }

  @Test
  void aStatedFigureIsTracedToTheStatementThatStands() {
    YearFigures figures = reader.read(InventedYear.YEAR, day("2023-12-31"));

    assertThat(trace.of(figures).entries(figures.definition("ACTUAL_HEADCOUNT"))).singleElement()
        .satisfies(e -> {
          assertThat(e.type()).isEqualTo("StaffingChanged");
          assertThat(e.amount()).isEqualByComparingTo("21");
        });
    assertThat(trace.of(figures).entries(figures.definition("ASSETS_TOTAL")))
        .extracting(TraceEntry::type)
        .contains("CurrentAssetsStated", "FixedAssetAcquired", "FixedAssetDepreciated", "FixedAssetDisposed");
  }
}
