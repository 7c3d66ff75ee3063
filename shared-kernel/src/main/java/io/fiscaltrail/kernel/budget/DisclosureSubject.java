package io.fiscaltrail.kernel.budget;

/** What a budget disclosure (预决算信息公开) published. */
public enum DisclosureSubject {
  BUDGET,
  FINAL_ACCOUNTS,
  PERFORMANCE_TARGETS,
  SELF_EVALUATION,
  THREE_PUBLIC_EXPENSES
}
