package io.fiscaltrail.query.report;

import static io.fiscaltrail.query.figures.FigureCodes.*;
import static io.fiscaltrail.query.indicators.IndicatorCodes.*;

import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.DisclosureSubject;
import io.fiscaltrail.kernel.budget.QualitativeIndicator;
import io.fiscaltrail.query.budget.Disclosure;
import io.fiscaltrail.query.budget.Evidence;
import io.fiscaltrail.query.budget.PerformanceTarget;
import io.fiscaltrail.query.budget.RecordedOutput;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.indicators.IndicatorDefinition;
import io.fiscaltrail.query.report.Report.Block;
import io.fiscaltrail.query.report.Report.Inline;
import io.fiscaltrail.query.report.Report.Items;
import io.fiscaltrail.query.report.Report.Section;
import io.fiscaltrail.query.report.Report.Table;
import java.util.ArrayList;
import java.util.List;

/** 三、部门整体支出绩效情况: the indicators, disclosure, assets, targets and outputs. */
final class PerformanceSection {

  private PerformanceSection() {}

  static List<Section> write(Assessment a) {
    List<Block> indicators = new ArrayList<>();
    indicators.add(execution(a));
    indicators.add(indicatorTable(a));
    indicators.add(disclosure(a));
    indicators.add(assets(a));
    return List.of(
        new Section(2, "三、部门整体支出绩效情况", List.of()),
        new Section(3, "（一）主要绩效指标完成情况", indicators),
        new Section(3, "（二）职责履行和主要绩效情况", outputs(a)));
  }

  private static Block execution(Assessment a) {
    return line(a)
        .text("1、预算执行情况。⑴财政拨款预算执行数").wan(EXPENDITURE_TOTAL)
        .text("，全年预算数").wan(APPROPRIATION_TOTAL)
        .text("，预算执行率").rate(BUDGET_EXECUTION_RATE)
        .text("；若以年初基本支出预算").wan(APPROPRIATION_INITIAL_BASIC)
        .text("为分母，则").rate(BUDGET_EXECUTION_RATE_INITIAL_BASIC)
        .text("，两者分母不同，须写明所用分母。⑵公用经费预算").wan(budget(BudgetLine.BASIC_PUBLIC))
        .text("，实际支出").wan(EXPENDITURE_PUBLIC)
        .text("，公用经费控制率").rate(PUBLIC_FUNDS_CONTROL_RATE)
        .text("。⑶“三公”经费预算").wan(THREE_PUBLIC_BUDGET)
        .text("，实际支出").wan(THREE_PUBLIC_SPENT)
        .text("，“三公”经费控制率").rate(THREE_PUBLIC_CONTROL_RATE)
        .text("。⑷政府采购预算").wan(PROCUREMENT_BUDGET)
        .text("，实际政府采购金额").wan(PROCUREMENT_SPENT)
        .text("，政府采购执行率").rate(PROCUREMENT_EXECUTION_RATE)
        .text("。")
        .paragraph();
  }

  private static Block indicatorTable(Assessment a) {
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (Indicator indicator : a.indicators().all()) {
      IndicatorDefinition d = indicator.definition();
      rows.add(List.of(
          line(a).text(d.level()).parts(),
          line(a).text(d.name()).parts(),
          line(a).text(d.formula()).parts(),
          operand(a, d.numerator()),
          operand(a, d.denominator()),
          line(a).text(indicator.percent().map(Formats::percent).orElse("无定义：" + indicator.reason())).parts(),
          line(a).text(d.source()).parts()));
    }
    return new Table(List.of("层级", "指标", "公式", "分子", "分母", "结果", "依据"), rows);
  }

  private static List<Inline> operand(Assessment a, String figure) {
    return figure == null
        ? line(a).text("—").parts()
        : line(a).text(a.figures().definition(figure).name() + " ").figure(figure).parts();
  }

  private static Block disclosure(Assessment a) {
    YearFigures f = a.figures();
    Sentence s = line(a).text("2、预决算信息公开情况。");
    List<Disclosure> disclosures = f.disclosures();
    if (disclosures.isEmpty()) {
      s.text("截至" + Formats.date(f.asOf()) + "没有预决算信息公开的记录。");
    }
    for (Disclosure d : disclosures) {
      s.text(Formats.date(d.effectiveDate()) + "在" + d.channel() + "公开了" + subjectName(d.subject()) + "。");
    }
    evidence(f, QualitativeIndicator.DISCLOSURE).forEach(e -> s.text(e.statement()));
    return s.paragraph();
  }

  private static Block assets(Assessment a) {
    YearFigures f = a.figures();
    Sentence s = line(a)
        .text("3、资产管理情况。截至" + Formats.date(f.booksDate()) + "，资产总额").wan(ASSETS_TOTAL)
        .text("，其中流动资产").wan(ASSETS_CURRENT)
        .text("，固定资产净值").wan(ASSETS_FIXED_NET)
        .text("（原值").wan(ASSETS_FIXED_COST)
        .text("，累计折旧").wan(ASSETS_FIXED_DEPRECIATION)
        .text("，在用固定资产原值").wan(ASSETS_FIXED_IN_USE_COST)
        .text("，固定资产利用率").rate(FIXED_ASSET_UTILIZATION_RATE)
        .text("）。");
    evidence(f, QualitativeIndicator.MANAGEMENT_RULES).forEach(e -> s.text(e.statement()));
    evidence(f, QualitativeIndicator.COMPLIANCE).forEach(e -> s.text(e.statement()));
    return s.paragraph();
  }

  private static List<Block> outputs(Assessment a) {
    YearFigures f = a.figures();
    List<Block> blocks = new ArrayList<>();
    if (!f.targets().isEmpty()) {
      List<List<List<Inline>>> rows = new ArrayList<>();
      for (PerformanceTarget target : f.targets()) {
        rows.add(List.of(
            line(a).text(target.name()).parts(),
            line(a).figure(target(target.code())).parts(),
            line(a).figure(output(target.code())).parts(),
            line(a).text("完成率").rate(outputCompletionRate(target.code())).parts()));
      }
      blocks.add(new Table(List.of("绩效目标", "目标值", "实际完成", "完成情况"), rows));
    }
    List<RecordedOutput> outputs = f.outputs();
    if (outputs.isEmpty()) {
      blocks.add(line(a).text("截至" + Formats.date(f.booksDate()) + "没有记录产出或活动。").paragraph());
    } else {
      blocks.add(new Items(outputs.stream().map(o -> activity(a, o)).toList()));
    }
    return blocks;
  }

  /** An activity as recorded; its quantity and amount are what the fact states, not figures of the year. */
  private static List<Inline> activity(Assessment a, RecordedOutput o) {
    Sentence s = line(a).text(Formats.date(o.effectiveDate()) + "，" + o.description());
    if (o.quantity() != null) {
      s.text("，" + o.quantity().stripTrailingZeros().toPlainString() + (o.unit() == null ? "" : o.unit()));
    }
    if (o.amount() != null) {
      s.text("，金额" + o.amount().inWan().toPlainString() + "万元");
    }
    return s.text("。").parts();
  }

  private static List<Evidence> evidence(YearFigures f, QualitativeIndicator indicator) {
    return f.evidence().stream().filter(e -> e.indicator() == indicator).toList();
  }

  private static String subjectName(DisclosureSubject subject) {
    return switch (subject) {
      case BUDGET -> "部门预算";
      case FINAL_ACCOUNTS -> "部门决算";
      case PERFORMANCE_TARGETS -> "绩效目标";
      case SELF_EVALUATION -> "绩效自评报告";
      case THREE_PUBLIC_EXPENSES -> "“三公”经费";
    };
  }

  private static Sentence line(Assessment a) {
    return Sentence.of(a.figures(), a.indicators());
  }
}
