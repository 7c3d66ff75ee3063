package io.fiscaltrail.query.indicators;

/** The codes of the indicators of the common framework for 部门整体支出. */
public final class IndicatorCodes {

  public static final String STAFF_CONTROL_RATE = "STAFF_CONTROL_RATE";
  public static final String THREE_PUBLIC_CHANGE_RATE = "THREE_PUBLIC_CHANGE_RATE";
  public static final String KEY_SPENDING_RATE = "KEY_SPENDING_RATE";
  public static final String BUDGET_EXECUTION_RATE = "BUDGET_EXECUTION_RATE";
  public static final String BUDGET_EXECUTION_RATE_INITIAL_BASIC = "BUDGET_EXECUTION_RATE_INITIAL_BASIC";
  public static final String BUDGET_ADJUSTMENT_RATE = "BUDGET_ADJUSTMENT_RATE";
  public static final String SUPPLEMENTARY_SHARE = "SUPPLEMENTARY_SHARE";
  public static final String PAYMENT_PROGRESS_RATE = "PAYMENT_PROGRESS_RATE";
  public static final String CARRYOVER_RATE = "CARRYOVER_RATE";
  public static final String CARRYOVER_CHANGE_RATE = "CARRYOVER_CHANGE_RATE";
  public static final String PUBLIC_FUNDS_CONTROL_RATE = "PUBLIC_FUNDS_CONTROL_RATE";
  public static final String THREE_PUBLIC_CONTROL_RATE = "THREE_PUBLIC_CONTROL_RATE";
  public static final String PROCUREMENT_EXECUTION_RATE = "PROCUREMENT_EXECUTION_RATE";
  public static final String FIXED_ASSET_UTILIZATION_RATE = "FIXED_ASSET_UTILIZATION_RATE";
  public static final String OUTPUT_COMPLETION_RATE_PREFIX = "OUTPUT_COMPLETION_RATE_";

  private IndicatorCodes() {}

  public static String outputCompletionRate(String targetCode) {
    return OUTPUT_COMPLETION_RATE_PREFIX + targetCode;
  }
}
