package io.fiscaltrail.query.findings;

import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.IndicatorDefinition;
import java.util.List;

/**
 * Every indicator with a formula that has no value as of the date, and why: a report must say so
 * rather than print 0%. Indicators no event can feed are listed with the indicators, not here.
 */
final class UndefinedRates implements FindingRule {

  @Override
  public List<Finding> check(Evaluation e) {
    return e.indicators().all().stream()
        .filter(i -> i.definition().isComputable() && !i.isDefined())
        .map(UndefinedRates::finding)
        .toList();
  }

  private static Finding finding(Indicator indicator) {
    IndicatorDefinition d = indicator.definition();
    return new Finding("UNDEFINED_RATE", Severity.INFO,
        d.name() + "无定义：" + indicator.reason() + "。",
        List.of(d.code(), d.numerator(), d.denominator()));
  }
}
