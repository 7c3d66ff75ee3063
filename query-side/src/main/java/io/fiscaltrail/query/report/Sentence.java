package io.fiscaltrail.query.report;

import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.Indicators;
import io.fiscaltrail.query.report.Report.FigureText;
import io.fiscaltrail.query.report.Report.Inline;
import io.fiscaltrail.query.report.Report.Paragraph;
import io.fiscaltrail.query.report.Report.Text;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a line of the report. Figures are printed from the computed values only, and keep their
 * code; an undefined rate is printed as undefined with its reason, never as 0%.
 */
final class Sentence {

  private final YearFigures figures;
  private final Indicators indicators;
  private final List<Inline> parts = new ArrayList<>();

  private Sentence(YearFigures figures, Indicators indicators) {
    this.figures = figures;
    this.indicators = indicators;
  }

  static Sentence of(YearFigures figures, Indicators indicators) {
    return new Sentence(figures, indicators);
  }

  Sentence text(String text) {
    parts.add(new Text(text));
    return this;
  }

  /** A money figure in 万元: the number linked, then the unit. */
  Sentence wan(String code) {
    parts.add(new FigureText(Formats.wan(figures.value(code)), code));
    parts.add(new Text("万元"));
    return this;
  }

  /** A figure in its own unit: money in 万元, counts and quantities as they are. */
  Sentence figure(String code) {
    FigureDefinition definition = figures.definition(code);
    if (definition.money()) {
      return wan(code);
    }
    parts.add(new FigureText(figures.value(code).value().stripTrailingZeros().toPlainString(), code));
    return definition.unit() == null ? this : text(definition.unit());
  }

  /** "为 12.34%", or "无定义（reason）". */
  Sentence rate(String indicatorCode) {
    Indicator indicator = indicators.get(indicatorCode);
    return text(indicator.percent().map(p -> "为" + Formats.percent(p)).orElse("无定义（" + indicator.reason() + "）"));
  }

  List<Inline> parts() {
    return List.copyOf(parts);
  }

  Paragraph paragraph() {
    return new Paragraph(parts());
  }
}
