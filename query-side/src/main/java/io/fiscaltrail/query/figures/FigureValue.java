package io.fiscaltrail.query.figures;

import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;

/**
 * A figure as of a date: its value (yuan for money) and whether any fact stands behind it at all.
 * "No budget recorded" and "a budget of zero" are both zero, but say different things.
 */
public record FigureValue(BigDecimal value, boolean recorded) {

  public boolean isZero() {
    return value.signum() == 0;
  }

  public int signum() {
    return value.signum();
  }

  public Money money() {
    return new Money(value);
  }
}
