package io.fiscaltrail.kernel.budget;

import java.math.BigDecimal;

/** One figure as a filed report prints it. {@code code} names the computed figure or indicator it claims to be; {@code quote} is the sentence it comes from. */
public record ClaimedFigure(
    String code,
    BigDecimal value,
    String unit,
    String quote) {}
