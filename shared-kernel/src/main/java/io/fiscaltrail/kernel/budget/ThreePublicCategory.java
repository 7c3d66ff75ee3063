package io.fiscaltrail.kernel.budget;

/** The "three public expenses" ("三公"经费) an expenditure may belong to. */
public enum ThreePublicCategory {
  NONE,
  /** 因公出国(境) */
  OVERSEAS_TRIPS,
  /** 公务用车购置及运行 */
  OFFICIAL_CARS,
  /** 公务接待 */
  OFFICIAL_RECEPTIONS
}
