package io.fiscaltrail.query.figures;

import static io.fiscaltrail.kernel.budget.AppropriationKind.INITIAL;
import static io.fiscaltrail.kernel.budget.AppropriationKind.SUPPLEMENTARY;
import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PERSONNEL;
import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PUBLIC;
import static io.fiscaltrail.kernel.budget.BudgetLine.PROJECT;
import static io.fiscaltrail.kernel.budget.BudgetLine.UNASSIGNED;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.query.ledger.BaseFigures;

/**
 * The codes of the figures the indicators, findings and report name, in the vocabulary filed
 * reports are imported with: APPROPRIATION_*, EXPENDITURE_*, *_BUDGET and *_SPENT for the
 * controlled categories, ASSETS_*.
 */
public final class FigureCodes {

  public static final String PRIOR_YEAR_PREFIX = "PRIOR_YEAR_";
  public static final String OUTPUT_PREFIX = "OUTPUT_";
  public static final String TARGET_PREFIX = "TARGET_";

  public static final String APPROPRIATION_INITIAL = "APPROPRIATION_INITIAL";
  public static final String APPROPRIATION_INITIAL_BASIC = "APPROPRIATION_INITIAL_BASIC";
  public static final String APPROPRIATION_INITIAL_PERSONNEL = BaseFigures.appropriation(INITIAL, BASIC_PERSONNEL);
  public static final String APPROPRIATION_INITIAL_PUBLIC = BaseFigures.appropriation(INITIAL, BASIC_PUBLIC);
  public static final String APPROPRIATION_INITIAL_PROJECT = BaseFigures.appropriation(INITIAL, PROJECT);
  public static final String APPROPRIATION_INITIAL_UNASSIGNED = BaseFigures.appropriation(INITIAL, UNASSIGNED);
  public static final String APPROPRIATION_SUPPLEMENTARY = "APPROPRIATION_SUPPLEMENTARY";
  public static final String APPROPRIATION_SUPPLEMENTARY_UNASSIGNED =
      BaseFigures.appropriation(SUPPLEMENTARY, UNASSIGNED);
  public static final String APPROPRIATION_REDUCTIONS = "APPROPRIATION_REDUCTIONS";
  public static final String APPROPRIATION_TOTAL = "APPROPRIATION_TOTAL";
  public static final String APPROPRIATION_ADJUSTMENTS = "APPROPRIATION_ADJUSTMENTS";
  public static final String BASIC_BUDGET = "BASIC_BUDGET";
  public static final String CARRYOVER_IN = BaseFigures.CARRYOVER_IN;
  public static final String CARRYOVER_OUT = BaseFigures.CARRYOVER_OUT;
  public static final String CARRYOVER_CHANGE = "CARRYOVER_CHANGE";
  public static final String OTHER_INCOME = "OTHER_INCOME";
  public static final String PROCUREMENT_BUDGET = BaseFigures.ceiling(SpendingCeiling.GOVERNMENT_PROCUREMENT);
  public static final String THREE_PUBLIC_BUDGET = BaseFigures.ceiling(SpendingCeiling.THREE_PUBLIC_EXPENSES);

  public static final String EXPENDITURE_TOTAL = "EXPENDITURE_TOTAL";
  public static final String EXPENDITURE_BASIC = "EXPENDITURE_BASIC";
  public static final String EXPENDITURE_PERSONNEL = BaseFigures.expenditure(BASIC_PERSONNEL);
  public static final String EXPENDITURE_PUBLIC = BaseFigures.expenditure(BASIC_PUBLIC);
  public static final String EXPENDITURE_PROJECT = BaseFigures.expenditure(PROJECT);
  public static final String EXPENDITURE_KEY_PROJECT = BaseFigures.EXPENDITURE_KEY_PROJECT;
  public static final String THREE_PUBLIC_SPENT = "THREE_PUBLIC_SPENT";
  public static final String PROCUREMENT_SPENT = BaseFigures.PROCUREMENT_SPENT;
  public static final String OVERSPEND = "OVERSPEND";
  public static final String OVERSPEND_INITIAL_BASIC = "OVERSPEND_INITIAL_BASIC";
  public static final String PRIOR_YEAR_THREE_PUBLIC_SPENT = PRIOR_YEAR_PREFIX + THREE_PUBLIC_SPENT;
  public static final String PRIOR_YEAR_CARRYOVER_OUT = PRIOR_YEAR_PREFIX + CARRYOVER_OUT;
  public static final String THREE_PUBLIC_CHANGE = "THREE_PUBLIC_CHANGE";

  public static final String SOURCES = "SOURCES";
  public static final String USES = "USES";
  public static final String UNACCOUNTED = "UNACCOUNTED";

  public static final String AUTHORIZED_HEADCOUNT = BaseFigures.AUTHORIZED_HEADCOUNT;
  public static final String ACTUAL_HEADCOUNT = BaseFigures.ACTUAL_HEADCOUNT;
  public static final String DIVISION_COUNT = BaseFigures.DIVISION_COUNT;

  public static final String ASSETS_CURRENT = BaseFigures.ASSETS_CURRENT;
  public static final String ASSETS_FIXED_COST = BaseFigures.ASSETS_FIXED_COST;
  public static final String ASSETS_FIXED_DEPRECIATION = BaseFigures.ASSETS_FIXED_DEPRECIATION;
  public static final String ASSETS_FIXED_IN_USE_COST = BaseFigures.ASSETS_FIXED_IN_USE_COST;
  public static final String ASSETS_FIXED_NET = "ASSETS_FIXED_NET";
  public static final String ASSETS_TOTAL = "ASSETS_TOTAL";

  private FigureCodes() {}

  /** The year's whole budget of a line: PERSONNEL_BUDGET, PUBLIC_FUNDS_BUDGET, PROJECT_BUDGET, UNASSIGNED_BUDGET. */
  public static String budget(BudgetLine line) {
    return switch (line) {
      case BASIC_PERSONNEL -> "PERSONNEL_BUDGET";
      case BASIC_PUBLIC -> "PUBLIC_FUNDS_BUDGET";
      case PROJECT -> "PROJECT_BUDGET";
      case UNASSIGNED -> "UNASSIGNED_BUDGET";
    };
  }

  public static String output(String targetCode) {
    return OUTPUT_PREFIX + targetCode;
  }

  public static String target(String targetCode) {
    return TARGET_PREFIX + targetCode;
  }
}
