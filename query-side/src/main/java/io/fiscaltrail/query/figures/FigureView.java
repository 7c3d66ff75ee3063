package io.fiscaltrail.query.figures;

/**
 * One figure as of a date: {@code value} is a decimal string in {@code unit} (yuan for money);
 * {@code recorded} is false when no fact stands behind it.
 */
public record FigureView(String code, String name, String value, String unit, boolean recorded) {

  static FigureView of(YearFigures figures, FigureDefinition definition) {
    FigureValue value = figures.value(definition.code());
    return new FigureView(
        definition.code(), definition.name(), value.value().toPlainString(), definition.unit(), value.recorded());
  }
}
