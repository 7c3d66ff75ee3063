package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The figures of one fiscal year as net amounts in fen per effective date. A year has at most 366
 * dates, so the total of any figure as of any date is a sum over at most 366 entries, however many
 * facts the year holds.
 */
public final class BudgetYearFigures {

  private final BudgetYearId budgetYear;
  private final TreeMap<LocalDate, EnumMap<Figure, Long>> days;
  private long appliedSequence;

  BudgetYearFigures(BudgetYearId budgetYear, long appliedSequence, TreeMap<LocalDate, EnumMap<Figure, Long>> days) {
    this.budgetYear = budgetYear;
    this.appliedSequence = appliedSequence;
    this.days = days;
  }

  static BudgetYearFigures empty(BudgetYearId budgetYear) {
    return new BudgetYearFigures(budgetYear, -1, new TreeMap<>());
  }

  public BudgetYearId budgetYear() {
    return budgetYear;
  }

  /**
   * The last event of the year's stream folded in. Delivery is at least once: a redelivered event
   * at or below it is ignored, which keeps the projection idempotent.
   */
  long appliedSequence() {
    return appliedSequence;
  }

  NavigableMap<LocalDate, EnumMap<Figure, Long>> days() {
    return days;
  }

  /** Folds the event with this stream sequence in, unless it already was. */
  void apply(long sequence, Runnable change) {
    if (sequence > appliedSequence) {
      change.run();
      appliedSequence = sequence;
    }
  }

  void add(LocalDate effectiveDate, Figure figure, long fen) {
    days.computeIfAbsent(effectiveDate, d -> new EnumMap<>(Figure.class)).merge(figure, fen, Long::sum);
  }

  /** Every figure's total over the facts effective on or before {@code asOf}. */
  public Map<Figure, Money> totalsAsOf(LocalDate asOf) {
    EnumMap<Figure, Long> fen = new EnumMap<>(Figure.class);
    for (Figure figure : Figure.values()) {
      fen.put(figure, 0L);
    }
    days.headMap(asOf, true).values().forEach(day -> day.forEach((f, v) -> fen.merge(f, v, Long::sum)));
    EnumMap<Figure, Money> totals = new EnumMap<>(Figure.class);
    fen.forEach((figure, value) -> totals.put(figure, Money.ofFen(value)));
    return totals;
  }
}
