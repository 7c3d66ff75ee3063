package io.fiscaltrail.query.indicators;

import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.FigureValue;
import io.fiscaltrail.query.figures.YearFigures;

/**
 * An indicator as the API shows it: {@code value} a percentage with two decimals as a string, or
 * null with a {@code reason}. Numerator and denominator name the figures they are, so both can be
 * traced.
 */
public record IndicatorView(
    String code,
    String name,
    String value,
    String unit,
    String formula,
    Operand numerator,
    Operand denominator,
    String reason,
    String level,
    String source) {

  /** A figure an indicator divides, with its value as of the date. */
  public record Operand(String code, String name, String value, String unit) {

    static Operand of(YearFigures figures, String code, FigureValue value) {
      if (code == null) {
        return null;
      }
      FigureDefinition definition = figures.definition(code);
      return new Operand(code, definition.name(), value.value().toPlainString(), definition.unit());
    }
  }

  static IndicatorView of(YearFigures figures, Indicator indicator) {
    IndicatorDefinition d = indicator.definition();
    return new IndicatorView(
        d.code(),
        d.name(),
        indicator.percent().map(p -> p.toPlainString()).orElse(null),
        "%",
        d.formula(),
        Operand.of(figures, d.numerator(), indicator.numerator()),
        Operand.of(figures, d.denominator(), indicator.denominator()),
        indicator.reason(),
        d.level(),
        d.source());
  }
}
