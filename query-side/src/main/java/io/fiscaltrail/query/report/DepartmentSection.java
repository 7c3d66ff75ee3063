package io.fiscaltrail.query.report;

import static io.fiscaltrail.query.figures.FigureCodes.ACTUAL_HEADCOUNT;
import static io.fiscaltrail.query.figures.FigureCodes.AUTHORIZED_HEADCOUNT;
import static io.fiscaltrail.query.figures.FigureCodes.DIVISION_COUNT;

import io.fiscaltrail.query.department.DepartmentRecord;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.report.Report.Block;
import io.fiscaltrail.query.report.Report.Items;
import io.fiscaltrail.query.report.Report.Section;
import io.fiscaltrail.query.report.Report.Text;
import java.util.List;

/** 一、部门基本情况: staffing, divisions and duties. */
final class DepartmentSection {

  private DepartmentSection() {}

  static List<Section> write(Assessment a) {
    DepartmentRecord department = a.figures().department();
    Sentence staffing = Sentence.of(a.figures(), a.indicators())
        .text("本部门共有编制人数").figure(AUTHORIZED_HEADCOUNT)
        .text("，实有人数").figure(ACTUAL_HEADCOUNT)
        .text("，内设股室").figure(DIVISION_COUNT);
    if (!department.divisionNames().isEmpty()) {
      staffing.text("，分别为" + String.join("、", department.divisionNames()));
    }
    staffing.text("。");
    Block duties = department.duties().isEmpty()
        ? Sentence.of(a.figures(), a.indicators()).text("未记录主要工作职责。").paragraph()
        : new Items(department.duties().stream().map(duty -> List.of((Report.Inline) new Text(duty))).toList());
    return List.of(
        new Section(2, "一、部门基本情况", List.of()),
        new Section(3, "（一）机构设置及人员情况", List.of(staffing.paragraph())),
        new Section(3, "（二）主要工作职责", List.of(duties)));
  }
}
