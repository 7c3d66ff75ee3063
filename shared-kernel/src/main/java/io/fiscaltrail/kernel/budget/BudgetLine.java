package io.fiscaltrail.kernel.budget;

/**
 * The budget line an appropriation funds or an expenditure is charged to. Basic expenditure (基本支出)
 * splits into personnel (人员经费) and public operating funds (公用经费); project expenditure (项目支出)
 * is earmarked. An initial appropriation that the approval does not assign to a line is UNASSIGNED.
 */
public enum BudgetLine {
  BASIC_PERSONNEL,
  BASIC_PUBLIC,
  PROJECT,
  UNASSIGNED
}
