package io.fiscaltrail.query.ledger;

import io.fiscaltrail.kernel.budget.AppropriationKind;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.IncomeSource;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The codes of the figures a single fact moves directly. Every other figure is a signed sum of
 * these (see {@code query.figures}), so a figure and the facts behind it can never disagree. The
 * vocabulary is the one filed reports are imported with (docs/import-format.md).
 */
public final class BaseFigures {

  public static final String CARRYOVER_IN = "CARRYOVER_IN";
  public static final String CARRYOVER_OUT = "CARRYOVER_OUT";
  public static final String PROCUREMENT_SPENT = "PROCUREMENT_SPENT";
  public static final String EXPENDITURE_KEY_PROJECT = "EXPENDITURE_KEY_PROJECT";
  public static final String EXPENDITURE_FUNCTION_PREFIX = "EXPENDITURE_FUNCTION_";
  public static final String EXPENDITURE_ECONOMIC_PREFIX = "EXPENDITURE_ECONOMIC_";

  public static final String ASSETS_FIXED_COST = "ASSETS_FIXED_COST";
  public static final String ASSETS_FIXED_DEPRECIATION = "ASSETS_FIXED_DEPRECIATION";
  public static final String ASSETS_FIXED_IN_USE_COST = "ASSETS_FIXED_IN_USE_COST";

  /** Stated, not summed: the latest statement on or before a date stands. */
  public static final String ASSETS_CURRENT = "ASSETS_CURRENT";

  public static final String AUTHORIZED_HEADCOUNT = "AUTHORIZED_HEADCOUNT";
  public static final String ACTUAL_HEADCOUNT = "ACTUAL_HEADCOUNT";
  public static final String DIVISION_COUNT = "DIVISION_COUNT";

  private BaseFigures() {}

  /** e.g. APPROPRIATION_INITIAL_PERSONNEL, APPROPRIATION_REDUCTIONS_PUBLIC. */
  public static String appropriation(AppropriationKind kind, BudgetLine line) {
    String kindWord = switch (kind) {
      case INITIAL -> "INITIAL";
      case SUPPLEMENTARY -> "SUPPLEMENTARY";
      case REDUCTION -> "REDUCTIONS";
    };
    return "APPROPRIATION_" + kindWord + "_" + lineWord(line);
  }

  /** e.g. EXPENDITURE_PERSONNEL, EXPENDITURE_PUBLIC, EXPENDITURE_PROJECT. */
  public static String expenditure(BudgetLine line) {
    return "EXPENDITURE_" + lineWord(line);
  }

  public static String otherIncome(IncomeSource source) {
    return "OTHER_INCOME_" + source;
  }

  public static String ceiling(SpendingCeiling ceiling) {
    return switch (ceiling) {
      case GOVERNMENT_PROCUREMENT -> "PROCUREMENT_BUDGET";
      case THREE_PUBLIC_EXPENSES -> "THREE_PUBLIC_BUDGET";
    };
  }

  public static String threePublicSpent(ThreePublicCategory category) {
    return "THREE_PUBLIC_SPENT_" + category;
  }

  /** Spending of a functional 类 such as 201 一般公共服务支出. */
  public static String expenditureFunction(String category) {
    return EXPENDITURE_FUNCTION_PREFIX + category;
  }

  /** Spending of an economic 类 such as 302 商品和服务支出. */
  public static String expenditureEconomic(String category) {
    return EXPENDITURE_ECONOMIC_PREFIX + category;
  }

  private static final Pattern LINE_FIGURE = Pattern.compile(
      "(APPROPRIATION_(INITIAL|SUPPLEMENTARY|REDUCTIONS)|EXPENDITURE)_(PERSONNEL|PUBLIC|PROJECT|UNASSIGNED)");

  /** The line an entry's appropriation or spending is charged to, as in the figure codes; null when none. */
  public static String lineOf(LedgerEntry entry) {
    return entry.contributions().keySet().stream()
        .map(LINE_FIGURE::matcher)
        .filter(Matcher::matches)
        .map(m -> m.group(3))
        .findFirst()
        .orElse(null);
  }

  private static String lineWord(BudgetLine line) {
    return switch (line) {
      case BASIC_PERSONNEL -> "PERSONNEL";
      case BASIC_PUBLIC -> "PUBLIC";
      case PROJECT -> "PROJECT";
      case UNASSIGNED -> "UNASSIGNED";
    };
  }
}
