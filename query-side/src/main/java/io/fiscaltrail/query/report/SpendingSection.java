package io.fiscaltrail.query.report;

import static io.fiscaltrail.query.figures.FigureCodes.*;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.query.figures.ClassificationNames;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.report.Report.Block;
import io.fiscaltrail.query.report.Report.Section;
import io.fiscaltrail.query.report.Report.Table;
import java.util.ArrayList;
import java.util.List;

/** 二、部门整体支出管理及使用情况: income, spending by function and by line, sources and uses. */
final class SpendingSection {

  private SpendingSection() {}

  static List<Section> write(Assessment a) {
    return List.of(
        new Section(2, "二、部门整体支出管理及使用情况", List.of()),
        new Section(3, "（一）预算执行情况", List.of(execution(a), sourcesAndUses(a))),
        new Section(3, "（二）基本支出情况", basic(a)),
        new Section(3, "（三）项目支出情况", List.of(project(a))));
  }

  private static Block execution(Assessment a) {
    YearFigures f = a.figures();
    Sentence s = line(a)
        .text(f.budgetYear().year() + "年度" + f.department().name() + "财政预算拨款收入为").wan(APPROPRIATION_TOTAL)
        .text("，其中年初预算数").wan(APPROPRIATION_INITIAL)
        .text("，追加预算数").wan(APPROPRIATION_SUPPLEMENTARY);
    if (f.value(APPROPRIATION_REDUCTIONS).recorded()) {
      s.text("，调减预算数").wan(APPROPRIATION_REDUCTIONS);
    }
    s.text("；上年结转和结余为").wan(CARRYOVER_IN);
    if (f.value(OTHER_INCOME).recorded()) {
      s.text("；其他收入").wan(OTHER_INCOME);
    }
    s.text("；" + f.budgetYear().year() + "年度实际支出").wan(EXPENDITURE_TOTAL)
        .text("（基本支出").wan(EXPENDITURE_BASIC).text("、项目支出").wan(EXPENDITURE_PROJECT).text("）");
    List<String> functional = f.catalogue().functionalCategories();
    for (int i = 0; i < functional.size(); i++) {
      String category = functional.get(i);
      s.text((i == 0 ? "，其中" : "、") + ClassificationNames.functional(category))
          .wan(BaseFigures.expenditureFunction(category));
    }
    if (f.isClosed()) {
      s.text("；年末结转和结余").wan(CARRYOVER_OUT).text("。");
    } else {
      s.text("；截至" + Formats.date(f.asOf()) + "年度尚未结账，年末结转和结余尚无记录。");
    }
    return s.paragraph();
  }

  private static Block sourcesAndUses(Assessment a) {
    List<List<List<Report.Inline>>> rows = new ArrayList<>();
    for (String code : List.of(
        CARRYOVER_IN, APPROPRIATION_TOTAL, OTHER_INCOME, SOURCES, EXPENDITURE_TOTAL, CARRYOVER_OUT, USES, UNACCOUNTED)) {
      rows.add(List.of(line(a).text(a.figures().definition(code).name()).parts(), line(a).wan(code).parts()));
    }
    return new Table(List.of("资金来源与运用", "金额"), rows);
  }

  private static List<Block> basic(Assessment a) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(line(a)
        .text("基本支出年初预算安排为").wan(APPROPRIATION_INITIAL_BASIC)
        .text("（人员经费").wan(APPROPRIATION_INITIAL_PERSONNEL).text("、公用经费").wan(APPROPRIATION_INITIAL_PUBLIC)
        .text("），全年预算").wan(BASIC_BUDGET)
        .text("；本年实际支出为").wan(EXPENDITURE_BASIC)
        .text("，其中人员经费支出").wan(EXPENDITURE_PERSONNEL)
        .text("、公用经费支出").wan(EXPENDITURE_PUBLIC).text("。")
        .paragraph());
    List<String> economic = a.figures().catalogue().economicCategories();
    if (!economic.isEmpty()) {
      Sentence s = line(a).text("全部支出按经济分类：");
      for (int i = 0; i < economic.size(); i++) {
        String category = economic.get(i);
        s.text((i == 0 ? "" : "、") + ClassificationNames.economic(category))
            .wan(BaseFigures.expenditureEconomic(category));
      }
      blocks.add(s.text("。").paragraph());
    }
    String unassigned = budget(BudgetLine.UNASSIGNED);
    if (a.figures().value(unassigned).signum() != 0) {
      blocks.add(line(a).text("全年财政拨款中有").wan(unassigned)
          .text("未分配到基本支出或项目支出，无法按科目与支出对照。").paragraph());
    }
    return blocks;
  }

  private static Block project(Assessment a) {
    return line(a)
        .text("本年项目支出年初预算安排为").wan(APPROPRIATION_INITIAL_PROJECT)
        .text("，全年预算").wan(budget(BudgetLine.PROJECT))
        .text("，本年实际支出为").wan(EXPENDITURE_PROJECT)
        .text("，其中重点项目支出").wan(EXPENDITURE_KEY_PROJECT).text("。")
        .paragraph();
  }

  private static Sentence line(Assessment a) {
    return Sentence.of(a.figures(), a.indicators());
  }
}
