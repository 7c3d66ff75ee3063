package io.fiscaltrail.query.findings;

import io.fiscaltrail.query.figures.FigureValue;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.indicators.Indicators;
import java.util.List;

/** What the rules look at: the year's figures, its indicators and the check of a filed report. */
record Evaluation(YearFigures figures, Indicators indicators, List<ClaimCheck> claims) {

  FigureValue value(String code) {
    return figures.value(code);
  }

  /** A money figure in 万元, e.g. 7.26万元. */
  String wan(String code) {
    return Formats.wan(figures.value(code)) + "万元";
  }

  String name(String code) {
    return figures.definition(code).name();
  }
}
