package io.fiscaltrail.kernel.budget;

/** Where income other than the fiscal appropriation comes from. */
public enum IncomeSource {
  /** 事业收入 */
  BUSINESS,
  /** 经营收入 */
  OPERATING,
  /** 上级补助收入 */
  SUPERIOR_SUBSIDY,
  /** 其他收入 */
  OTHER
}
