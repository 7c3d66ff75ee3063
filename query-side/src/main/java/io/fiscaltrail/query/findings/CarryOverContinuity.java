package io.fiscaltrail.query.findings;

import static io.fiscaltrail.query.figures.FigureCodes.CARRYOVER_IN;
import static io.fiscaltrail.query.figures.FigureCodes.PRIOR_YEAR_CARRYOVER_OUT;

import io.fiscaltrail.query.figures.FigureValue;
import java.util.List;

/** What the prior year carried out is what this year brings in. */
final class CarryOverContinuity implements FindingRule {

  @Override
  public List<Finding> check(Evaluation e) {
    FigureValue carriedOut = e.value(PRIOR_YEAR_CARRYOVER_OUT);
    if (!carriedOut.recorded() || carriedOut.value().compareTo(e.value(CARRYOVER_IN).value()) == 0) {
      return List.of();
    }
    return List.of(new Finding("CARRYOVER_IN_DIFFERS_FROM_PRIOR_YEAR", Severity.WARNING,
        "上年年末结转和结余" + e.wan(PRIOR_YEAR_CARRYOVER_OUT) + "，本年记录的上年结转和结余为" + e.wan(CARRYOVER_IN)
            + "，两者不一致。",
        List.of(PRIOR_YEAR_CARRYOVER_OUT, CARRYOVER_IN)));
  }
}
