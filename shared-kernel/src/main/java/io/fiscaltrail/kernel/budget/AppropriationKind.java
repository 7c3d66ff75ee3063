package io.fiscaltrail.kernel.budget;

/** How an appropriation changes the year's budget: 年初预算, 追加预算, 调减. */
public enum AppropriationKind {
  INITIAL,
  SUPPLEMENTARY,
  REDUCTION
}
