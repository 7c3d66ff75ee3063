package io.fiscaltrail.query.tracker;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.web.AsOfDate;
import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.KnownAt;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class TrackerController {

  /** Highest share first; years with nothing appropriated (no share) last; then by department. */
  private static final Comparator<YearAllocations> RANKING =
      Comparator.comparing(
              (YearAllocations y) -> y.share() == null ? null : new BigDecimal(y.share()),
              Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(YearAllocations::department);

  private final YearFiguresReader reader;
  private final DepartmentRepository departments;
  private final SupplementaryTracker tracker;
  private final AsOfDate asOfDate;

  TrackerController(
      YearFiguresReader reader, DepartmentRepository departments, SupplementaryTracker tracker, AsOfDate asOfDate) {
    this.reader = reader;
    this.departments = departments;
    this.tracker = tracker;
    this.asOfDate = asOfDate;
  }

  @GetMapping("/api/departments/{code}/years/{year}/supplementary-allocations")
  YearAllocations ofYear(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    return tracker.of(reader.read(code, year, asOf, knownAt));
  }

  /** Every department's year that has been opened, each read by {@code _id}, ranked by share. */
  @GetMapping("/api/supplementary-allocations")
  List<YearAllocations> ofAllDepartments(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String asOf,
      @RequestParam(required = false) String knownAt) {
    if (year == null) {
      throw new InvalidParameter("year", "is required");
    }
    LocalDate date = asOfDate.parse(asOf);
    Optional<Instant> known = KnownAt.parse(knownAt);
    return departments.codes().stream()
        .map(code -> reader.read(budgetYear(code, year), date, known))
        .filter(figures -> figures.book(false).appliedSequence() >= 0)
        .map(tracker::of)
        .sorted(RANKING)
        .toList();
  }

  private static BudgetYearId budgetYear(String code, int year) {
    try {
      return new BudgetYearId(DepartmentCode.of(code), year);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("year", e.getMessage());
    }
  }
}
