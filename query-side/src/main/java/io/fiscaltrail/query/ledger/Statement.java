package io.fiscaltrail.query.ledger;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * A fact that states balances or counts that stand until the next statement, such as current
 * assets or headcount. {@code effectiveDate} is null when the fact has none: it stands from the
 * beginning.
 */
public record Statement(
    EventOrigin origin, LocalDate effectiveDate, String document, Map<String, Long> values) {

  public Statement {
    values = new TreeMap<>(values);
  }

  boolean standsOn(LocalDate date) {
    return effectiveDate == null || !effectiveDate.isAfter(date);
  }

  LocalDate orderDate() {
    return effectiveDate == null ? LocalDate.MIN : effectiveDate;
  }
}
