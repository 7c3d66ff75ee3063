package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;
import java.util.List;

/** A filed evaluation report and the figures, problems and measures it states. */
public record ReportClaimsFiled(
    BudgetYearId budgetYear,
    String document,
    LocalDate filedOn,
    List<ClaimedFigure> figures,
    List<String> problems,
    List<String> measures) {

  public ReportClaimsFiled {
    figures = figures == null ? List.of() : List.copyOf(figures);
    problems = problems == null ? List.of() : List.copyOf(problems);
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}
