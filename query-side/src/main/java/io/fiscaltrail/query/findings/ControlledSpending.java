package io.fiscaltrail.query.findings;

import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_PERSONNEL;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_PROJECT;
import static io.fiscaltrail.query.figures.FigureCodes.EXPENDITURE_PUBLIC;
import static io.fiscaltrail.query.figures.FigureCodes.PROCUREMENT_BUDGET;
import static io.fiscaltrail.query.figures.FigureCodes.PROCUREMENT_SPENT;
import static io.fiscaltrail.query.figures.FigureCodes.THREE_PUBLIC_BUDGET;
import static io.fiscaltrail.query.figures.FigureCodes.THREE_PUBLIC_SPENT;
import static io.fiscaltrail.query.figures.FigureCodes.budget;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.query.figures.FigureValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Spending against its budget, line by line and for the categories controlled across lines:
 * spending where nothing was budgeted, and spending above the budget.
 */
final class ControlledSpending implements FindingRule {

  private static final String UNASSIGNED = budget(BudgetLine.UNASSIGNED);

  private static final List<Control> CONTROLS = List.of(
      new Control("PERSONNEL", "人员经费", EXPENDITURE_PERSONNEL, budget(BudgetLine.BASIC_PERSONNEL), true),
      new Control("PUBLIC_FUNDS", "公用经费", EXPENDITURE_PUBLIC, budget(BudgetLine.BASIC_PUBLIC), true),
      new Control("PROJECT", "项目支出", EXPENDITURE_PROJECT, budget(BudgetLine.PROJECT), true),
      new Control("THREE_PUBLIC", "“三公”经费", THREE_PUBLIC_SPENT, THREE_PUBLIC_BUDGET, false),
      new Control("PROCUREMENT", "政府采购", PROCUREMENT_SPENT, PROCUREMENT_BUDGET, false));

  @Override
  public List<Finding> check(Evaluation e) {
    List<Finding> found = new ArrayList<>();
    for (Control control : CONTROLS) {
      FigureValue spent = e.value(control.spent());
      FigureValue budget = e.value(control.budget());
      if (spent.signum() <= 0) {
        continue;
      }
      String unassigned = control.line() && e.value(UNASSIGNED).signum() > 0
          ? "（另有未分配科目的拨款" + e.wan(UNASSIGNED) + "）"
          : "";
      List<String> figures = unassigned.isEmpty()
          ? List.of(control.spent(), control.budget())
          : List.of(control.spent(), control.budget(), UNASSIGNED);
      if (budget.signum() <= 0) {
        String noBudget = budget.recorded() ? control.label() + "预算为0" : "未安排" + control.label() + "预算";
        found.add(new Finding("SPENDING_WITHOUT_BUDGET_" + control.suffix(), Severity.ERROR,
            noBudget + "，实际支出" + e.wan(control.spent()) + "，属无预算支出" + unassigned + "。", figures));
      } else if (spent.value().compareTo(budget.value()) > 0) {
        found.add(new Finding("SPENDING_ABOVE_BUDGET_" + control.suffix(), Severity.WARNING,
            control.label() + "实际支出" + e.wan(control.spent()) + "，超过预算" + e.wan(control.budget())
                + unassigned + "。",
            figures));
      }
    }
    return found;
  }

  /** A spending figure and the budget it is controlled by; {@code line} for budget lines. */
  private record Control(String suffix, String label, String spent, String budget, boolean line) {}
}
