package io.fiscaltrail.query.report;

import io.fiscaltrail.query.budget.FiledReport;
import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.findings.Assessment;
import io.fiscaltrail.query.findings.ClaimCheck;
import io.fiscaltrail.query.findings.Finding;
import io.fiscaltrail.query.indicators.Indicator;
import io.fiscaltrail.query.report.Report.Block;
import io.fiscaltrail.query.report.Report.Inline;
import io.fiscaltrail.query.report.Report.Items;
import io.fiscaltrail.query.report.Report.Section;
import io.fiscaltrail.query.report.Report.Table;
import io.fiscaltrail.query.report.Report.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * 四、存在的问题及原因分析: the findings, the check of the filed report figure by figure, and the
 * problems the filed report names itself.
 */
final class ProblemsSection {

  private ProblemsSection() {}

  static List<Section> write(Assessment a) {
    Optional<FiledReport> filed = a.figures().filedReport();
    List<Section> sections = new ArrayList<>();
    sections.add(new Section(2, "四、存在的问题及原因分析", List.of()));
    sections.add(new Section(3, "（一）核查发现", List.of(findings(a))));
    sections.add(new Section(3, "（二）报告数据核对", reconciliation(a, filed)));
    filed.filter(f -> !f.problems().isEmpty()).ifPresent(f ->
        sections.add(new Section(3, "（三）原报告所列问题", List.of(texts(f.problems())))));
    return sections;
  }

  private static Block findings(Assessment a) {
    if (a.findings().isEmpty()) {
      return Sentence.of(a.figures(), a.indicators()).text("未发现问题。").paragraph();
    }
    return new Items(a.findings().stream().map(f -> finding(a, f)).toList());
  }

  /** The finding, then the figures it rests on, each linkable to its trace. */
  private static List<Inline> finding(Assessment a, Finding finding) {
    Sentence s = Sentence.of(a.figures(), a.indicators())
        .text("【" + finding.severity().label() + "】" + finding.message() + "（" + finding.code() + "）");
    List<String> figures = finding.figures().stream().filter(code -> a.figures().find(code).isPresent()).toList();
    for (int i = 0; i < figures.size(); i++) {
      s.text((i == 0 ? "依据：" : "；") + a.figures().definition(figures.get(i)).name()).figure(figures.get(i));
    }
    return s.parts();
  }

  private static List<Block> reconciliation(Assessment a, Optional<FiledReport> filed) {
    if (filed.isEmpty()) {
      return List.of(Sentence.of(a.figures(), a.indicators())
          .text("截至" + Formats.date(a.figures().asOf()) + "没有报送的绩效评价报告，无可核对的数字。").paragraph());
    }
    FiledReport report = filed.get();
    List<List<List<Inline>>> rows = new ArrayList<>();
    for (ClaimCheck check : a.claims()) {
      rows.add(List.of(
          cell(check.name() == null ? check.claim().code() : check.name()),
          cell(check.claim().code()),
          cell(check.claim().value() == null ? "—" : check.claim().value().toPlainString() + check.claim().unit()),
          supported(a, check),
          cell(check.difference() == null ? "—" : check.difference().stripTrailingZeros().toPlainString()),
          cell(conclusion(a, check))));
    }
    return List.of(
        Sentence.of(a.figures(), a.indicators())
            .text("对照" + report.document() + "（" + Formats.date(report.filedOn()) + "报送）所列数字，逐项核对事件记录：")
            .paragraph(),
        new Table(List.of("项目", "代码", "报告数", "事件支持数", "差额", "结论"), rows));
  }

  /** A money or count figure links to its trace; a rate is printed as computed. */
  private static List<Inline> supported(Assessment a, ClaimCheck check) {
    if (check.supported() == null) {
      return cell(check.status() == ClaimCheck.Status.UNDEFINED ? "无定义" : "—");
    }
    String text = check.supported().toPlainString() + check.claim().unit();
    boolean figure = a.indicators().find(check.claim().code()).isEmpty();
    return figure
        ? List.of(
            new Report.FigureText(check.supported().toPlainString(), check.claim().code()),
            new Text(check.claim().unit()))
        : cell(text);
  }

  /** The status, and for a claim that holds only on another basis, which basis. */
  private static String conclusion(Assessment a, ClaimCheck check) {
    String label = check.status().label();
    if (check.basis() != null) {
      boolean agrees = check.status() == ClaimCheck.Status.AGREES;
      Optional<Indicator> variant = a.indicators().find(check.basis());
      if (variant.isPresent()) {
        String denominator = a.figures().definition(variant.get().definition().denominator()).name();
        String headline = a.figures().definition(
            a.indicators().get(variant.get().definition().variantOf()).definition().denominator()).name();
        return agrees
            ? label + "，但分母为" + denominator + "而非" + headline
            : label + "；以" + denominator + "为分母时一致";
      }
      FigureDefinition v = a.figures().definition(check.basis());
      return agrees
          ? label + "，但为" + v.name() + "而非" + a.figures().definition(v.variantOf()).name()
          : label + "；按" + v.name() + "计算时一致";
    }
    return check.reason() == null ? label : label + "：" + check.reason();
  }


  private static Items texts(List<String> texts) {
    return new Items(texts.stream().map(t -> List.<Inline>of(new Text(t))).toList());
  }

  private static List<Inline> cell(String text) {
    return List.of(new Text(text));
  }
}
