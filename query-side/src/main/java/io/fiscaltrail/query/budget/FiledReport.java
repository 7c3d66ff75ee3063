package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.query.ledger.EventOrigin;
import java.time.LocalDate;
import java.util.List;

/** An evaluation report as filed: the figures it claims, its problems and its measures. */
public record FiledReport(
    EventOrigin origin,
    String document,
    LocalDate filedOn,
    List<ClaimedFigure> figures,
    List<String> problems,
    List<String> measures) {

  public FiledReport {
    figures = List.copyOf(figures);
    problems = List.copyOf(problems);
    measures = List.copyOf(measures);
  }
}
