package io.fiscaltrail.query.findings;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;
import static io.fiscaltrail.query.indicators.IndicatorCodes.BUDGET_ADJUSTMENT_RATE;
import static io.fiscaltrail.query.indicators.IndicatorCodes.SUPPLEMENTARY_SHARE;

import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.indicators.Indicator;
import java.math.BigDecimal;
import java.util.List;

/** Mid-year additions above a share of the year's appropriations: the initial budget was not the plan. */
final class SupplementaryShare implements FindingRule {

  private final BigDecimal thresholdPercent;

  SupplementaryShare(BigDecimal thresholdPercent) {
    this.thresholdPercent = thresholdPercent;
  }

  @Override
  public List<Finding> check(Evaluation e) {
    Indicator share = e.indicators().get(SUPPLEMENTARY_SHARE);
    if (!share.isDefined() || share.value().compareTo(thresholdPercent) <= 0) {
      return List.of();
    }
    Indicator adjustment = e.indicators().get(BUDGET_ADJUSTMENT_RATE);
    String adjustmentRate = adjustment.percent().map(Formats::percent).orElse("无定义（" + adjustment.reason() + "）");
    return List.of(new Finding("SUPPLEMENTARY_SHARE_ABOVE_THRESHOLD", Severity.WARNING,
        "年中追加预算" + e.wan(APPROPRIATION_SUPPLEMENTARY) + "，占全年财政拨款" + e.wan(APPROPRIATION_TOTAL) + "的"
            + Formats.percent(share.value()) + "，超过" + thresholdPercent.stripTrailingZeros().toPlainString()
            + "%；预算调整率为" + adjustmentRate + "，年初预算未能反映全年的支出安排。",
        List.of(APPROPRIATION_SUPPLEMENTARY, APPROPRIATION_TOTAL, SUPPLEMENTARY_SHARE, BUDGET_ADJUSTMENT_RATE)));
  }
}
