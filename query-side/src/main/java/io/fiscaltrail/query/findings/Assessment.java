package io.fiscaltrail.query.findings;

import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.indicators.Indicators;
import java.util.List;

/** A year as of a date: its figures, indicators, the check of its filed report, and the findings. */
public record Assessment(
    YearFigures figures, Indicators indicators, List<ClaimCheck> claims, List<Finding> findings) {

  public Assessment {
    claims = List.copyOf(claims);
    findings = List.copyOf(findings);
  }
}
