package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.Map;

/**
 * A fiscal year's appropriations and spending as of a date, in yuan. {@code appropriated} is
 * initial + supplementary − reductions.
 */
public record BudgetView(
    LocalDate asOf,
    Money initial,
    Money supplementary,
    Money reductions,
    Money appropriated,
    Money spent) {

  static BudgetView of(LocalDate asOf, Map<Figure, Money> totals) {
    Money initial = totals.get(Figure.INITIAL);
    Money supplementary = totals.get(Figure.SUPPLEMENTARY);
    Money reductions = totals.get(Figure.REDUCTIONS);
    return new BudgetView(
        asOf,
        initial,
        supplementary,
        reductions,
        initial.plus(supplementary).minus(reductions),
        totals.get(Figure.SPENT));
  }
}
