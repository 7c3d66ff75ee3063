package io.fiscaltrail.query.timeline;

import io.fiscaltrail.kernel.money.Money;

/**
 * The year's money after an entry, in yuan. {@code appropriated} is initial + supplementary −
 * reductions; {@code balance} is what is left to spend: carry-over in + appropriated + other income
 * − spent.
 */
public record RunningTotals(
    Money initial, Money supplementary, Money reductions, Money appropriated, Money spent, Money balance) {}
