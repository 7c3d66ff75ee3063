package io.fiscaltrail.query.report;

import static io.fiscaltrail.query.Facts.day;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.query.InventedYear;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.SeedYear;
import io.fiscaltrail.query.figures.YearFigures;
import io.fiscaltrail.query.figures.YearFiguresReader;
import io.fiscaltrail.query.findings.Assessor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadModelTest
class ReportTest {

  private static final Pattern LINK = Pattern.compile(
      "<a href=\"/api/departments/([a-z0-9-]+)/years/(\\d{4})/trace\\?figure=([A-Za-z0-9_]+)&amp;asOf=([0-9-]+)\">([^<]*)</a>");

  private static final Pattern LINK_AT_A_RECORDED_TIME =
      Pattern.compile("<a href=\"/api/departments/beita-union/years/2022/trace\\?figure=[A-Za-z0-9_]+&amp;asOf=2023-06-30&amp;knownAt=([^\"]+)\">");

  @Autowired ReadModel readModel;
  @Autowired YearFiguresReader reader;
  @Autowired Assessor assessor;

  @BeforeEach
  void loadBothDepartments() {
    readModel.clear();
    readModel.feed(SeedYear.history());
    readModel.feed(InventedYear.history());
  }

  @Test
  void theMarkdownFollowsTheSectionOrderOfTheFiledReports() {
    String markdown = markdown(SeedYear.YEAR.department().value(), 2022, "2023-06-30");

    assertThat(markdown).startsWith("# 2022年度北塔区总工会部门整体支出绩效评价报告");
    assertThat(markdown).containsSubsequence(
        "## 一、部门基本情况", "### （一）机构设置及人员情况", "### （二）主要工作职责",
        "## 二、部门整体支出管理及使用情况", "### （一）预算执行情况", "### （二）基本支出情况", "### （三）项目支出情况",
        "## 三、部门整体支出绩效情况", "### （一）主要绩效指标完成情况", "1、预算执行情况", "2、预决算信息公开情况",
        "3、资产管理情况", "### （二）职责履行和主要绩效情况",
        "## 四、存在的问题及原因分析", "### （一）核查发现", "### （二）报告数据核对", "### （三）原报告所列问题",
        "## 五、整改措施");
  }

  @Test
  void theMarkdownStatesTheComputedFiguresInWanWithTwoDecimals() {
    String markdown = markdown("beita-union", 2022, "2023-06-30");

    assertThat(markdown).contains(
        "本部门共有编制人数3人，实有人数3人，内设股室3个",
        "财政预算拨款收入为149.20万元，其中年初预算数43.84万元，追加预算数105.36万元；上年结转和结余为7.25万元",
        "实际支出149.20万元（基本支出149.20万元、项目支出0.00万元），其中一般公共服务支出140.42万元、"
            + "社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3.00万元；年末结转和结余7.25万元。",
        "基本支出年初预算安排为33.58万元",
        "人员经费支出38.39万元、公用经费支出110.81万元",
        "预算执行率为100.00%；若以年初基本支出预算33.58万元为分母，则为444.31%",
        "政府采购执行率为0.00%",
        "资产总额99.01万元，其中流动资产96.27万元，固定资产净值2.74万元",
        "7.26万元未分配到基本支出或项目支出",
        "| 预算执行率（以年初基本支出预算为分母） | BUDGET_EXECUTION_RATE_INITIAL_BASIC | 444% | 444.31% | 0 "
            + "| 一致，但分母为年初预算：基本支出而非财政拨款预算数（全年） |",
        "| 超出年初基本支出预算的支出 | OVERSPEND_INITIAL_BASIC | 115.62万元 | 115.62万元 | 0 "
            + "| 一致，但为超出年初基本支出预算的支出而非超出全年预算的支出 |",
        "| 公用经费控制率 | PUBLIC_FUNDS_CONTROL_RATE | 0% | 无定义 | — | 无定义：",
        "| 资产总额 | ASSETS_TOTAL | 99.01万元 | 99.01万元 | 0 | 一致 |",
        "1. 完善绩效监控机制");
  }

  @Test
  void anUndefinedRateIsPrintedAsUndefinedWithItsReasonNeverAsZero() {
    String markdown = markdown("beita-union", 2022, "2023-06-30");
    String ownStatements = markdown.substring(0, markdown.indexOf("## 四、"));

    assertThat(ownStatements)
        .contains("公用经费控制率无定义（分母（全年预算：公用经费）没有任何记录，比率无定义）")
        .contains("“三公”经费控制率无定义（分母（“三公”经费预算）为0，比率无定义）")
        .doesNotContain("控制率为0.00%", "控制率为0%");
  }

  @Test
  void theReportOfAnotherDepartmentHasItsOwnFiguresAndNoFiledReport() {
    String markdown = markdown("hexi-water", 2023, "2023-06-30");

    assertThat(markdown).contains(
        "# 2023年度河西区水利局部门整体支出绩效评价报告",
        "财政预算拨款收入为650.00万元",
        "农林水支出188.50万元",
        "截至2023年6月30日年度尚未结账",
        "| 结转结余率 |",
        "无定义：尚未记录年末结转和结余，无法计算",
        "截至2023年6月30日没有报送的绩效评价报告");
  }

  @Test
  void inHtmlEveryFigureLinksToItsTraceAsOfTheSameDate() {
    String html = HtmlRenderer.render(ReportWriter.write(assessor.assess(figures("beita-union", 2022, "2023-06-30"))));
    YearFigures figures = figures("beita-union", 2022, "2023-06-30");

    List<String> linked = new ArrayList<>();
    Matcher link = LINK.matcher(html);
    while (link.find()) {
      assertThat(link.group(1)).isEqualTo("beita-union");
      assertThat(link.group(2)).isEqualTo("2022");
      assertThat(link.group(4)).isEqualTo("2023-06-30");
      assertThat(figures.find(link.group(3))).as(link.group(3)).isPresent();
      linked.add(link.group(3) + "=" + link.group(5));
    }
    assertThat(linked).hasSizeGreaterThan(100).contains(
        "APPROPRIATION_TOTAL=149.20", "APPROPRIATION_INITIAL_UNASSIGNED=7.26", "EXPENDITURE_FUNCTION_221=3.00", "ASSETS_TOTAL=99.01",
        "AUTHORIZED_HEADCOUNT=3", "EXPENDITURE_PUBLIC=110.81");
    String execution = html.substring(html.indexOf("1、预算执行情况"), html.indexOf("</p>", html.indexOf("1、预算执行情况")));
    assertThat(execution.replaceAll(LINK.pattern(), "")).doesNotContainPattern("\\d+\\.\\d{2}万元");
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<table border=\"1\">", "<h2>五、整改措施</h2>");
  }

  @Test
  void inHtmlEveryFigureLinksToItsTraceAtTheSameRecordedTime() {
    Instant knownAt = Instant.parse("2023-03-20T02:00:00Z");
    YearFigures figures = reader.read(SeedYear.YEAR, day("2023-06-30"), Optional.of(knownAt));
    String html = HtmlRenderer.render(ReportWriter.write(assessor.assess(figures)));

    Matcher link = LINK_AT_A_RECORDED_TIME.matcher(html);
    int linked = 0;
    while (link.find()) {
      assertThat(link.group(1)).isEqualTo(knownAt.toString());
      linked++;
    }
    assertThat(linked).isPositive().isEqualTo(html.split("<a href=", -1).length - 1);
  }

  private String markdown(String code, int year, String asOf) {
    return MarkdownRenderer.render(ReportWriter.write(assessor.assess(figures(code, year, asOf))));
  }

  private YearFigures figures(String code, int year, String asOf) {
    return reader.read(io.fiscaltrail.kernel.budget.BudgetYearId.of(code, year), day(asOf));
  }
}
