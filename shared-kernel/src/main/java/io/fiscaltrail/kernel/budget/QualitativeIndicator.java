package io.fiscaltrail.kernel.budget;

/** Indicators of the framework that are judged on recorded evidence rather than computed. */
public enum QualitativeIndicator {
  /** 预决算信息公开性 */
  DISCLOSURE,
  /** 管理制度健全性 */
  MANAGEMENT_RULES,
  /** 资金使用合规性 */
  COMPLIANCE
}
