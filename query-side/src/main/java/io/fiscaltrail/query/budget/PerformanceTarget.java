package io.fiscaltrail.query.budget;

import io.fiscaltrail.query.ledger.EventOrigin;
import java.math.BigDecimal;

/** A performance target (绩效目标) of the year. */
public record PerformanceTarget(
    EventOrigin origin, String code, String name, String unit, BigDecimal value, String document) {}
