package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.ledger.EventOrigin;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A dated activity or output; {@code targetCode}, {@code quantity} and {@code amount} may be absent. */
public record RecordedOutput(
    EventOrigin origin,
    String targetCode,
    LocalDate effectiveDate,
    String description,
    BigDecimal quantity,
    String unit,
    Money amount,
    String document) {}
