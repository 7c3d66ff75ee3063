package io.fiscaltrail.query.figures;

/** Where the amount of a term of a figure comes from. */
public sealed interface Source {

  /** A base figure of the fiscal year's ledger, summed per effective date. */
  record YearFlow(String baseFigure) implements Source {}

  /** A base figure of the department's asset register, summed per effective date. */
  record AssetFlow(String baseFigure) implements Source {}

  /** The statement of the department's staffing that stands on the date. */
  record Staffing(String baseFigure) implements Source {}

  /** The statement of the register's current assets that stands on the date. */
  record CurrentAssets(String baseFigure) implements Source {}

  /** The quantities recorded towards a performance target. */
  record TargetOutput(String targetCode) implements Source {}

  /** The value a performance target sets. */
  record TargetValue(String targetCode) implements Source {}
}
