package io.fiscaltrail.query.indicators;

import static io.fiscaltrail.query.figures.FigureCodes.*;
import static io.fiscaltrail.query.indicators.IndicatorCodes.*;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.query.budget.PerformanceTarget;
import io.fiscaltrail.query.figures.FigureCodes;
import java.util.ArrayList;
import java.util.List;

/** The indicators of the framework in its order (投入, 过程, 产出), with one completion rate per target. */
final class IndicatorCatalogue {

  private static final String INPUT = "投入";
  private static final String PROCESS = "过程";
  private static final String OUTPUT = "产出";

  private static final List<IndicatorDefinition> FRAMEWORK = List.of(
      IndicatorDefinition.ratio(STAFF_CONTROL_RATE, "在职人员控制率", INPUT,
          "在职人员数（实有人数）/ 编制数 × 100%", ACTUAL_HEADCOUNT, AUTHORIZED_HEADCOUNT),
      IndicatorDefinition.ratio(THREE_PUBLIC_CHANGE_RATE, "“三公经费”变动率", INPUT,
          "（本年“三公经费” − 上年“三公经费”）/ 上年“三公经费” × 100%",
          THREE_PUBLIC_CHANGE, PRIOR_YEAR_THREE_PUBLIC_SPENT),
      IndicatorDefinition.ratio(KEY_SPENDING_RATE, "重点支出安排率", INPUT,
          "重点项目支出 / 项目总支出 × 100%", EXPENDITURE_KEY_PROJECT, EXPENDITURE_PROJECT),
      IndicatorDefinition.ratio(BUDGET_EXECUTION_RATE, "预算执行率（预算完成率）", PROCESS,
          "实际支出 / 全年财政拨款预算数（年初预算 + 追加预算 − 调减预算）× 100%", EXPENDITURE_TOTAL, APPROPRIATION_TOTAL),
      IndicatorDefinition.ratio(BUDGET_EXECUTION_RATE_INITIAL_BASIC, "预算执行率（以年初基本支出预算为分母）", PROCESS,
              "实际支出 / 年初基本支出预算 × 100%", EXPENDITURE_TOTAL, APPROPRIATION_INITIAL_BASIC)
          .asVariantOf(BUDGET_EXECUTION_RATE, "原报告的算法"),
      IndicatorDefinition.ratio(BUDGET_ADJUSTMENT_RATE, "预算调整率", PROCESS,
          "预算调整数（追加预算 + 调减预算）/ 年初预算数 × 100%", APPROPRIATION_ADJUSTMENTS, APPROPRIATION_INITIAL),
      IndicatorDefinition.ratio(SUPPLEMENTARY_SHARE, "追加预算占比", PROCESS,
              "追加预算数 / 全年财政拨款预算数 × 100%", APPROPRIATION_SUPPLEMENTARY, APPROPRIATION_TOTAL)
          .definedBy("审计规则：年中追加占全年预算的比重"),
      new IndicatorDefinition(PAYMENT_PROGRESS_RATE, "支付进度率", PROCESS,
          "实际支付进度 / 既定支付进度 × 100%", IndicatorDefinition.FRAMEWORK, null, null, null, null,
          "没有记录既定支付进度（用款计划）的事件，无法计算；实际支付进度见预算执行率"),
      IndicatorDefinition.ratio(CARRYOVER_RATE, "结转结余率", PROCESS,
              "年末结转结余总额 / 全年财政拨款预算数 × 100%", CARRYOVER_OUT, APPROPRIATION_TOTAL)
          .requiring(CARRYOVER_OUT),
      IndicatorDefinition.ratio(CARRYOVER_CHANGE_RATE, "结转结余变动率", PROCESS,
              "（本年年末结转结余 − 上年结转结余）/ 上年结转结余 × 100%", CARRYOVER_CHANGE, CARRYOVER_IN)
          .requiring(CARRYOVER_OUT),
      IndicatorDefinition.ratio(PUBLIC_FUNDS_CONTROL_RATE, "公用经费控制率", PROCESS,
          "实际支出公用经费 / 预算安排公用经费 × 100%",
          EXPENDITURE_PUBLIC, FigureCodes.budget(BudgetLine.BASIC_PUBLIC)),
      IndicatorDefinition.ratio(THREE_PUBLIC_CONTROL_RATE, "“三公经费”控制率", PROCESS,
          "“三公经费”实际支出 / “三公经费”预算 × 100%", THREE_PUBLIC_SPENT, THREE_PUBLIC_BUDGET),
      IndicatorDefinition.ratio(PROCUREMENT_EXECUTION_RATE, "政府采购执行率", PROCESS,
          "实际政府采购金额 / 政府采购预算数 × 100%", PROCUREMENT_SPENT, PROCUREMENT_BUDGET),
      IndicatorDefinition.ratio(FIXED_ASSET_UTILIZATION_RATE, "固定资产利用率", PROCESS,
          "实际在用固定资产（原值）/ 所有固定资产（原值）× 100%", ASSETS_FIXED_IN_USE_COST, ASSETS_FIXED_COST));

  private IndicatorCatalogue() {}

  static List<IndicatorDefinition> forTargets(List<PerformanceTarget> targets) {
    List<IndicatorDefinition> all = new ArrayList<>(FRAMEWORK);
    for (PerformanceTarget target : targets) {
      all.add(IndicatorDefinition.ratio(outputCompletionRate(target.code()), "实际完成率：" + target.name(), OUTPUT,
          "实际完成数 / 目标值 × 100%", FigureCodes.output(target.code()), FigureCodes.target(target.code())));
    }
    return all;
  }
}
