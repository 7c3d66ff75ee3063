package io.fiscaltrail.query.findings;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.CARRYOVER_IN;
import static io.fiscaltrail.query.figures.FigureCodes.CARRYOVER_OUT;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_TOTAL;
import static io.fiscaltrail.query.figures.FigureCodes.OTHER_INCOME;
import static io.fiscaltrail.query.figures.FigureCodes.SOURCES;
import static io.fiscaltrail.query.figures.FigureCodes.UNACCOUNTED;
import static io.fiscaltrail.query.figures.FigureCodes.USES;

import io.fiscaltrail.query.figures.Formats;
import java.util.List;

/**
 * Sources must equal uses: carry-over in + appropriations + other income = spending + carry-over
 * out. Before the year closes the difference is the money still available, which cannot be
 * negative.
 */
final class SourcesAndUses implements FindingRule {

  @Override
  public List<Finding> check(Evaluation e) {
    int unaccounted = e.value(UNACCOUNTED).signum();
    if (e.figures().isClosed() && unaccounted != 0) {
      return List.of(new Finding("SOURCES_NOT_EQUAL_USES", Severity.ERROR,
          "资金来源" + e.wan(SOURCES) + "（上年结转和结余" + e.wan(CARRYOVER_IN) + "、财政拨款"
              + e.wan(APPROPRIATION_TOTAL) + "、其他收入" + e.wan(OTHER_INCOME) + "）与资金运用" + e.wan(USES)
              + "（实际支出" + e.wan(EXPENDITURE_TOTAL) + "、年末结转和结余" + e.wan(CARRYOVER_OUT) + "）相差"
              + e.wan(UNACCOUNTED) + "，有资金去向无法说明。",
          List.of(SOURCES, USES, UNACCOUNTED, CARRYOVER_IN, APPROPRIATION_TOTAL, OTHER_INCOME, EXPENDITURE_TOTAL,
              CARRYOVER_OUT)));
    }
    if (!e.figures().isClosed() && unaccounted < 0) {
      return List.of(new Finding("SPENDING_ABOVE_AVAILABLE_FUNDS", Severity.ERROR,
          "截至" + Formats.date(e.figures().asOf()) + "，实际支出" + e.wan(EXPENDITURE_TOTAL) + "超过可用资金" + e.wan(SOURCES)
              + "（上年结转和结余、财政拨款与其他收入之和）。",
          List.of(EXPENDITURE_TOTAL, SOURCES, UNACCOUNTED)));
    }
    return List.of();
  }
}
