package io.fiscaltrail.query.findings;

import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL_BASIC;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL_PROJECT;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_INITIAL_UNASSIGNED;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY;
import static io.fiscaltrail.query.figures.FigureCodes.APPROPRIATION_SUPPLEMENTARY_UNASSIGNED;

import java.util.ArrayList;
import java.util.List;

/** Appropriations that no budget line (basic personnel, basic public, project) accounts for. */
final class UnassignedAppropriations implements FindingRule {

  @Override
  public List<Finding> check(Evaluation e) {
    List<Finding> found = new ArrayList<>();
    if (e.value(APPROPRIATION_INITIAL_UNASSIGNED).signum() > 0) {
      found.add(new Finding("INITIAL_NOT_ASSIGNED_TO_LINES", Severity.WARNING,
          "年初预算" + e.wan(APPROPRIATION_INITIAL) + "中，基本支出" + e.wan(APPROPRIATION_INITIAL_BASIC) + "、项目支出"
              + e.wan(APPROPRIATION_INITIAL_PROJECT) + "，另有" + e.wan(APPROPRIATION_INITIAL_UNASSIGNED)
              + "未分配到基本支出或项目支出，年初预算的构成说明不完整。",
          List.of(APPROPRIATION_INITIAL, APPROPRIATION_INITIAL_BASIC, APPROPRIATION_INITIAL_PROJECT,
              APPROPRIATION_INITIAL_UNASSIGNED)));
    }
    if (e.value(APPROPRIATION_SUPPLEMENTARY_UNASSIGNED).signum() > 0) {
      found.add(new Finding("SUPPLEMENTARY_NOT_ASSIGNED_TO_LINES", Severity.INFO,
          "追加预算" + e.wan(APPROPRIATION_SUPPLEMENTARY) + "中有" + e.wan(APPROPRIATION_SUPPLEMENTARY_UNASSIGNED)
              + "未指明基本支出或项目支出，相应支出无法按科目与预算对照。",
          List.of(APPROPRIATION_SUPPLEMENTARY, APPROPRIATION_SUPPLEMENTARY_UNASSIGNED)));
    }
    return found;
  }
}
