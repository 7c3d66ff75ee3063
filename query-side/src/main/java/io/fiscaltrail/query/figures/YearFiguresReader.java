package io.fiscaltrail.query.figures;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.query.asset.AssetRegisterBookRepository;
import io.fiscaltrail.query.budget.BudgetYearBook;
import io.fiscaltrail.query.budget.BudgetYearBookRepository;
import io.fiscaltrail.query.department.DepartmentRecord;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.web.AsOfDate;
import io.fiscaltrail.query.web.InvalidParameter;
import io.fiscaltrail.query.web.NotFound;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Reads what a year's figures need in three {@code _id} reads (the department, the year and the
 * year before by {@code $in}, the asset register), however many facts the year holds.
 */
@Component
public class YearFiguresReader {

  private final DepartmentRepository departments;
  private final BudgetYearBookRepository years;
  private final AssetRegisterBookRepository assets;
  private final AsOfDate asOfDate;

  public YearFiguresReader(
      DepartmentRepository departments,
      BudgetYearBookRepository years,
      AssetRegisterBookRepository assets,
      AsOfDate asOfDate) {
    this.departments = departments;
    this.years = years;
    this.assets = assets;
    this.asOfDate = asOfDate;
  }

  /** The figures a request names: an unknown department is not found, a bad year or date is refused. */
  public YearFigures read(String code, int year, String asOf) {
    DepartmentRecord department = departments.find(code).orElseThrow(() -> NotFound.department(code));
    return read(department, budgetYear(code, year), asOfDate.parse(asOf));
  }

  public YearFigures read(BudgetYearId budgetYear, LocalDate asOf) {
    String code = budgetYear.department().value();
    return read(departments.find(code).orElseThrow(() -> NotFound.department(code)), budgetYear, asOf);
  }

  private YearFigures read(DepartmentRecord department, BudgetYearId budgetYear, LocalDate asOf) {
    BudgetYearId priorYear = new BudgetYearId(budgetYear.department(), budgetYear.year() - 1);
    Map<BudgetYearId, BudgetYearBook> books = years.find(List.of(budgetYear, priorYear));
    return new YearFigures(
        asOf,
        department,
        books.get(budgetYear),
        books.get(priorYear),
        assets.find(new AssetRegisterId(budgetYear.department())));
  }

  private static BudgetYearId budgetYear(String code, int year) {
    try {
      return new BudgetYearId(DepartmentCode.of(code), year);
    } catch (IllegalArgumentException e) {
      throw new InvalidParameter("year", e.getMessage());
    }
  }
}
