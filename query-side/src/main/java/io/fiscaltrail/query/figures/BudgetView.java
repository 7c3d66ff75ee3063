package io.fiscaltrail.query.figures;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_REDUCTIONS;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_TOTAL;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/**
 * A fiscal year's appropriations and spending as of a date, in yuan. {@code appropriated} is
 * initial + supplementary − reductions; {@code spent} is net of reversals.
 */
public record BudgetView(
    LocalDate asOf,
    Money initial,
    Money supplementary,
    Money reductions,
    Money appropriated,
    Money spent) {

  static BudgetView of(YearFigures figures) {
    return new BudgetView(
        figures.asOf(),
        figures.value(APPROPRIATION_INITIAL).money(),
        figures.value(APPROPRIATION_SUPPLEMENTARY).money(),
        figures.value(APPROPRIATION_REDUCTIONS).money(),
        figures.value(APPROPRIATION_TOTAL).money(),
        figures.value(EXPENDITURE_TOTAL).money());
  }
}
