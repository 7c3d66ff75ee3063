package io.fiscaltrail.query.report;

import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.report.Report.Section;
import java.util.ArrayList;
import java.util.List;

/** Writes the report in the order of the evaluation reports departments file. */
public final class ReportWriter {

  private ReportWriter() {}

  public static Report write(Assessment a) {
    YearFigures f = a.figures();
    List<Section> sections = new ArrayList<>();
    sections.addAll(DepartmentSection.write(a));
    sections.addAll(SpendingSection.write(a));
    sections.addAll(PerformanceSection.write(a));
    sections.addAll(ProblemsSection.write(a));
    sections.addAll(MeasuresSection.write(a));
    return new Report(
        f.budgetYear().department().value(),
        f.budgetYear().year(),
        f.asOf(),
        f.knownAt(),
        f.budgetYear().year() + "年度" + f.department().name() + "部门整体支出绩效评价报告",
        Sentence.of(f, a.indicators())
            .text("本报告由事件记录生成，数据截至" + Formats.date(f.asOf()) + "（人员与资产截至" + Formats.date(f.booksDate())
                + "）。金额单位为万元，保留两位小数；无定义的比率注明原因，不写作0%。")
            .parts(),
        sections);
  }
}
