package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.QualitativeIndicator;
import io.fiscaltrail.query.ledger.EventOrigin;
import java.time.LocalDate;

/** Evidence recorded for a qualitative indicator. */
public record Evidence(
    EventOrigin origin,
    QualitativeIndicator indicator,
    LocalDate effectiveDate,
    String statement,
    String document) {}
