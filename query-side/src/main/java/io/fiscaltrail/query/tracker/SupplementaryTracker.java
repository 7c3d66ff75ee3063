package io.fiscaltrail.query.tracker;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;

import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.trace.FigureTrace;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Lists a year's supplementary allocations from the same ledger and figures every other answer
 * reads, so its totals equal {@code APPROPRIATION_SUPPLEMENTARY} and {@code APPROPRIATION_TOTAL}.
 */
@Component
class SupplementaryTracker {

  private static final String TYPE = SupplementaryAllocationGranted.class.getSimpleName();

  private final FigureTrace trace;

  SupplementaryTracker(FigureTrace trace) {
    this.trace = trace;
  }

  YearAllocations of(YearFigures figures) {
    Money appropriated = figures.value(APPROPRIATION_TOTAL).money();
    List<LedgerEntry> granted = trace.yearEntries(figures).stream()
        .filter(e -> TYPE.equals(e.origin().type()) && !e.effectiveDate().isAfter(figures.asOf()))
        .sorted(Comparator.comparing(LedgerEntry::effectiveDate)
            .thenComparing(e -> e.origin().recordedAt())
            .thenComparingLong(LedgerEntry::sequence))
        .toList();
    List<SupplementaryAllocation> allocations = new ArrayList<>();
    Money running = Money.ZERO;
    for (LedgerEntry e : granted) {
      running = running.plus(e.amount());
      allocations.add(new SupplementaryAllocation(
          e.origin().eventId(), e.effectiveDate(), e.origin().recordedAt(), e.amount(), e.document(),
          e.reason(), e.approvedBy(), BaseFigures.lineOf(e), running, percent(e.amount(), appropriated), percent(running, appropriated)));
    }
    Money supplementary = figures.value(APPROPRIATION_SUPPLEMENTARY).money();
    return new YearAllocations(
        figures.department().code(), figures.department().name(), figures.budgetYear().year(), figures.asOf(),
        appropriated, supplementary, percent(supplementary, appropriated), allocations);
  }

  /** Percent with two decimals, half up; undefined (null) on a zero base, never 0. */
  static String percent(Money part, Money whole) {
    if (whole.fen() == 0) {
      return null;
    }
    return BigDecimal.valueOf(part.fen())
        .multiply(BigDecimal.valueOf(100))
        .divide(BigDecimal.valueOf(whole.fen()), 2, RoundingMode.HALF_UP)
        .toPlainString();
  }
}
