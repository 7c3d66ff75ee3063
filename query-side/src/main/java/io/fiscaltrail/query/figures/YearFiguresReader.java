package io.fiscaltrail.query.figures;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.query.asset.AssetRegisterBook;
import io.fiscaltrail.query.asset.AssetRegisterBookRepository;
import io.fiscaltrail.query.asset.AssetRegisterLedger;
import io.fiscaltrail.query.budget.BudgetYearBook;
import io.fiscaltrail.query.budget.BudgetYearBookRepository;
import io.fiscaltrail.query.budget.BudgetYearLedger;
import io.fiscaltrail.query.department.DepartmentRecord;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.ledger.DailyFigures;
import io.fiscaltrail.query.web.AsOfDate;
import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.KnownAt;
import io.fiscaltrail.query.web.NotFound;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Reads what a year's figures need in three {@code _id} reads (the department, the year and the
 * year before by {@code $in}, the asset register), however many facts the year holds.
 *
 * <p>As known at a time, the books are cut to the facts recorded by then, here and nowhere else:
 * the figures of the year, the year before and the register each come from their ledger's last
 * checkpoint known whole by then plus the entries of the chunk it stands in
 * ({@link io.fiscaltrail.query.ledger.LedgerChunks#figuresKnownAt}), so this read too is bounded
 * whatever the size of the year.
 */
@Component
public class YearFiguresReader {

  private final DepartmentRepository departments;
  private final BudgetYearBookRepository years;
  private final AssetRegisterBookRepository assets;
  private final BudgetYearLedger yearLedger;
  private final AssetRegisterLedger assetLedger;
  private final AsOfDate asOfDate;

  public YearFiguresReader(
      DepartmentRepository departments,
      BudgetYearBookRepository years,
      AssetRegisterBookRepository assets,
      BudgetYearLedger yearLedger,
      AssetRegisterLedger assetLedger,
      AsOfDate asOfDate) {
    this.departments = departments;
    this.years = years;
    this.assets = assets;
    this.yearLedger = yearLedger;
    this.assetLedger = assetLedger;
    this.asOfDate = asOfDate;
  }

  /**
   * The figures a request names: an unknown department is not found, a bad year, date or recorded
   * time is refused.
   */
  public YearFigures read(String code, int year, String asOf, String knownAt) {
    DepartmentRecord department = departments.find(code).orElseThrow(() -> NotFound.department(code));
    return read(department, budgetYear(code, year), asOfDate.parse(asOf), KnownAt.parse(knownAt));
  }

  public YearFigures read(BudgetYearId budgetYear, LocalDate asOf) {
    return read(budgetYear, asOf, Optional.empty());
  }

  public YearFigures read(BudgetYearId budgetYear, LocalDate asOf, Optional<Instant> knownAt) {
    String code = budgetYear.department().value();
    return read(departments.find(code).orElseThrow(() -> NotFound.department(code)), budgetYear, asOf, knownAt);
  }

  private YearFigures read(
      DepartmentRecord department, BudgetYearId budgetYear, LocalDate asOf, Optional<Instant> knownAt) {
    BudgetYearId priorYear = new BudgetYearId(budgetYear.department(), budgetYear.year() - 1);
    Map<BudgetYearId, BudgetYearBook> books = years.read(List.of(budgetYear, priorYear));
    BudgetYearBook book = books.get(budgetYear);
    BudgetYearBook priorYearBook = books.get(priorYear);
    AssetRegisterBook register = assets.find(new AssetRegisterId(budgetYear.department()));
    if (knownAt.isPresent()) {
      Instant k = knownAt.get();
      department = department.asKnownAt(k);
      book = book.asKnownAt(k, knownFigures(book, k));
      priorYearBook = priorYearBook.asKnownAt(k, knownFigures(priorYearBook, k));
      register = register.asKnownAt(k, assetLedger.figuresKnownAt(
          register.register().toString(), register.appliedSequence(), register.recorded(), register.figures(), k));
    }
    return new YearFigures(asOf, knownAt, department, book, priorYearBook, register);
  }

  private DailyFigures knownFigures(BudgetYearBook book, Instant knownAt) {
    return yearLedger.figuresKnownAt(
        book.budgetYear().toString(), book.appliedSequence(), book.recorded(), book.figures(), knownAt);
  }

  private static BudgetYearId budgetYear(String code, int year) {
    try {
      return new BudgetYearId(DepartmentCode.of(code), year);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("year", e.getMessage());
    }
  }
}
