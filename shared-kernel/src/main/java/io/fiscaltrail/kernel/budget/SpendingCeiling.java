package io.fiscaltrail.kernel.budget;

/** A spending category budgeted across lines and controlled on its own. */
public enum SpendingCeiling {
  /** 政府采购预算 */
  GOVERNMENT_PROCUREMENT,
  /** "三公"经费预算 */
  THREE_PUBLIC_EXPENSES
}
