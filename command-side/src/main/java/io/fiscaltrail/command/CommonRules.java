package io.fiscaltrail.command;

import io.fiscaltrail.kernel.money.Money;

/** Rules every aggregate applies to its inputs. */
public final class CommonRules {

  private CommonRules() {}

  public static void isPresent(String field, Object value) {
    if (value == null || (value instanceof String text && text.isBlank())) {
      throw RejectedCommand.invalid(field, "is missing");
    }
  }

  public static void amountIsPositive(String field, Money amount) {
    isPresent(field, amount);
    if (!amount.isPositive()) {
      throw RejectedCommand.invalid(field, "must be greater than zero");
    }
  }

  public static void amountIsNotNegative(String field, Money amount) {
    isPresent(field, amount);
    if (amount.compareTo(Money.ZERO) < 0) {
      throw RejectedCommand.invalid(field, "must not be negative");
    }
  }
}
