package io.fiscaltrail.query.report;

import io.fiscaltrail.query.budget.FiledReport;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.report.Report.Block;
import io.fiscaltrail.query.report.Report.Inline;
import io.fiscaltrail.query.report.Report.Items;
import io.fiscaltrail.query.report.Report.Section;
import io.fiscaltrail.query.report.Report.Text;
import java.util.List;

/** 五、整改措施: the measures the filed report commits to. */
final class MeasuresSection {

  private MeasuresSection() {}

  static List<Section> write(Assessment a) {
    List<String> measures = a.figures().filedReport().map(FiledReport::measures).orElse(List.of());
    Block block = measures.isEmpty()
        ? Sentence.of(a.figures(), a.indicators()).text("未记录整改措施。").paragraph()
        : new Items(measures.stream().map(m -> List.<Inline>of(new Text(m))).toList());
    return List.of(new Section(2, "五、整改措施", List.of(block)));
  }
}
