package io.fiscaltrail.query.tracker;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.trace.FigureTrace;
import io.fiscaltrail.query.web.InvalidParameter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Lists a year's supplementary allocations from the same ledger and figures every other answer
 * reads, so its totals equal {@code APPROPRIATION_SUPPLEMENTARY} and {@code APPROPRIATION_TOTAL}.
 */
@Component
public class SupplementaryTracker {

  private static final String TYPE = SupplementaryAllocationGranted.class.getSimpleName();

  /** Highest share first; years with nothing appropriated (no share) last; then by department. */
  private static final Comparator<YearAllocations> RANKING =
      Comparator.comparing(
              (YearAllocations y) -> y.share() == null ? null : new BigDecimal(y.share()),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(YearAllocations::department);

  private final FigureTrace trace;
  private final YearFiguresReader reader;
  private final DepartmentRepository departments;

  SupplementaryTracker(FigureTrace trace, YearFiguresReader reader, DepartmentRepository departments) {
    this.trace = trace;
    this.reader = reader;
    this.departments = departments;
  }

  /** Every department's year that has been opened, each read by {@code _id}, ranked by share. */
  public List<YearAllocations> acrossDepartments(int year, LocalDate asOf, Optional<Instant> knownAt) {
    return departments.codes().stream()
        .map(code -> reader.read(budgetYear(code, year), asOf, knownAt))
        .filter(figures -> figures.book(false).appliedSequence() >= 0)
        .map(this::of)
        .sorted(RANKING)
        .toList();
  }

  public YearAllocations of(YearFigures figures) {
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

  private static BudgetYearId budgetYear(String code, int year) {
    try {
      return new BudgetYearId(DepartmentCode.of(code), year);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("year", e.getMessage());
    }
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
