package io.fiscaltrail.query.findings;

import java.util.List;
import java.util.Map;

/**
 * A finding as the API shows it: the figures and indicators it rests on with their values as of
 * the date (money in yuan, rates in %, null when undefined), and the ids of the events behind them.
 */
public record FindingView(
    String code, Severity severity, String message, Map<String, Amount> figures, List<String> events) {

  /** A value as a decimal string in its unit, or null when the rate is undefined. */
  public record Amount(String value, String unit) {}
}
