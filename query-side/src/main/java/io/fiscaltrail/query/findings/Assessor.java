package io.fiscaltrail.query.findings;

import io.fiscaltrail.query.config.QuerySideProperties;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.indicators.Indicators;
import java.util.List;
import org.springframework.stereotype.Component;

/** Applies every finding rule, in the order the report lists them, to a year's figures. */
@Component
public class Assessor {

  private final List<FindingRule> rules;

  public Assessor(QuerySideProperties properties) {
    this.rules = List.of(
        new UnassignedAppropriations(),
        new ControlledSpending(),
        new SupplementaryShare(properties.findings().supplementarySharePercent()),
        new SourcesAndUses(),
        new CarryOverContinuity(),
        new FiledClaims(),
        new UndefinedRates());
  }

  public Assessment assess(YearFigures figures) {
    Indicators indicators = Indicators.of(figures);
    Evaluation evaluation = new Evaluation(figures, indicators, ClaimReconciliation.check(figures, indicators));
    List<Finding> findings = rules.stream().flatMap(rule -> rule.check(evaluation).stream()).toList();
    return new Assessment(figures, indicators, evaluation.claims(), findings);
  }
}
