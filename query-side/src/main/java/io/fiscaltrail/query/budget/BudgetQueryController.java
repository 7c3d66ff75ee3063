package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.query.department.DepartmentRepository;
import io.fiscaltrail.query.web.AsOfDate;
import io.fiscaltrail.query.web.NotFound;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class BudgetQueryController {

  private final DepartmentRepository departments;
  private final BudgetYearFiguresRepository figures;
  private final AsOfDate asOfDate;

  BudgetQueryController(
      DepartmentRepository departments, BudgetYearFiguresRepository figures, AsOfDate asOfDate) {
    this.departments = departments;
    this.figures = figures;
    this.asOfDate = asOfDate;
  }

  @GetMapping("/api/departments/{code}/years/{year}/budget")
  BudgetView budget(
      @PathVariable String code,
      @PathVariable int year,
      @RequestParam(required = false) String asOf) {
    departments.find(code).orElseThrow(() -> NotFound.department(code));
    LocalDate date = asOfDate.parse(asOf);
    BudgetYearId budgetYear = BudgetYearId.of(code, year);
    BudgetYearFigures yearFigures =
        figures.find(budgetYear).orElseGet(() -> BudgetYearFigures.empty(budgetYear));
    return BudgetView.of(date, yearFigures.totalsAsOf(date));
  }
}
