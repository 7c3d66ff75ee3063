package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers what a filed evaluation report claims, figure by figure, so the claims can be checked against the events. */
public record FileReportClaims(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    String document,
    LocalDate filedOn,
    List<ClaimedFigure> figures,
    List<String> problems,
    List<String> measures) {

  public FileReportClaims {
    figures = figures == null ? List.of() : List.copyOf(figures);
    problems = problems == null ? List.of() : List.copyOf(problems);
    measures = measures == null ? List.of() : List.copyOf(measures);
  }
}
