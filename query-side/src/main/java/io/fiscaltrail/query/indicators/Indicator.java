package io.fiscaltrail.query.indicators;

import io.fiscaltrail.query.figures.FigureValue;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An indicator as of a date: a percentage with two decimals, or no value and the reason why.
 * Undefined is a result of its own, never 0.
 */
public record Indicator(
    IndicatorDefinition definition,
    BigDecimal value,
    String reason,
    FigureValue numerator,
    FigureValue denominator) {

  public String code() {
    return definition.code();
  }

  public boolean isDefined() {
    return value != null;
  }

  public Optional<BigDecimal> percent() {
    return Optional.ofNullable(value);
  }
}
