package io.fiscaltrail.query.pages;

import io.fiscaltrail.kernel.money.Money;
import io.fiscaltrail.query.figures.FigureDefinition;
import io.fiscaltrail.query.figures.FigureValue;
import io.fiscaltrail.query.figures.Formats;
import io.fiscaltrail.query.report.Report;
import io.fiscaltrail.query.timeline.YearTimeline;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * How the pages print what the query side computed, in Chinese: money in 万元 with two decimals
 * (as {@link Formats} prints it in the report), rates with two decimals, recorded times on the
 * books' clock. Templates call it as {@code @pageText}.
 */
@Component
public class PageText {

  /** A figure's unit when it is money: the pages print yuan amounts in 万元. */
  private static final String WAN = "万元";

  private static final Map<String, String> EVENT_TYPES = Map.ofEntries(
      Map.entry("InitialAppropriationApproved", "年初预算"),
      Map.entry("SupplementaryAllocationGranted", "追加预算"),
      Map.entry("AppropriationReduced", "预算调减"),
      Map.entry("CarryOverBroughtIn", "上年结转"),
      Map.entry("ExpenditureRecorded", "支出"),
      Map.entry("ExpenditureReversed", "支出冲销"),
      Map.entry("OtherIncomeReceived", "其他收入"),
      Map.entry("SpendingCeilingApproved", "控制数批复"),
      Map.entry("YearClosed", "年度结账"),
      Map.entry("DepartmentRegistered", "部门登记"),
      Map.entry("StaffingChanged", "人员编制变更"),
      Map.entry("PerformanceTargetSet", "绩效目标"),
      Map.entry("OutputRecorded", "产出记录"),
      Map.entry("DisclosurePublished", "信息公开"),
      Map.entry("EvidenceRecorded", "佐证材料"),
      Map.entry("ReportClaimsFiled", "报送评价报告"),
      Map.entry("AuditNoteRecorded", "审计意见"),
      Map.entry("FixedAssetAcquired", "固定资产购置"),
      Map.entry("FixedAssetDepreciated", "固定资产折旧"),
      Map.entry("FixedAssetDisposed", "固定资产处置"),
      Map.entry("FixedAssetUseChanged", "固定资产使用变更"),
      Map.entry("CurrentAssetsStated", "流动资产申报"));

  static final Map<String, String> LINES = Map.of(
      "PERSONNEL", "人员经费",
      "PUBLIC", "公用经费",
      "PROJECT", "项目支出",
      "UNASSIGNED", "未分配科目");

  private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private final Clock clock;

  PageText(Clock clock) {
    this.clock = clock;
  }

  /** Money in 万元 with two decimals, e.g. {@code 149.20}. */
  /** An amount in 万元; empty for a fact without money. */
  public String wan(Money money) {
    return money == null ? "" : money.inWan().toPlainString();
  }

  /** A figure's value in the unit {@link #unit} prints: 万元 for money. */
  public String value(FigureDefinition definition, FigureValue value) {
    return definition.money() ? Formats.wan(value) : value.value().stripTrailingZeros().toPlainString();
  }

  /** A value the JSON answers carry as a decimal string in {@code unit}: yuan become 万元. */
  public String value(String value, String unit) {
    if (value == null) {
      return "无定义";
    }
    return FigureDefinition.YUAN.equals(unit)
        ? wan(new Money(new BigDecimal(value)))
        : new BigDecimal(value).stripTrailingZeros().toPlainString();
  }

  public String unit(String unit) {
    return FigureDefinition.YUAN.equals(unit) ? WAN : unit == null ? "" : unit;
  }

  public String unit(FigureDefinition definition) {
    return unit(definition.unit());
  }

  public String percent(BigDecimal percent) {
    return Formats.percent(percent);
  }

  /** A recorded time on the books' calendar (Asia/Shanghai unless configured). */
  public String recorded(Instant instant) {
    return instant == null ? "" : RECORDED.format(instant.atZone(clock.getZone()));
  }

  public String eventType(String type) {
    return EVENT_TYPES.getOrDefault(type, type);
  }

  /** What a part of the report is, for the report page to print it: paragraph, items, table, figure or text. */
  public String kind(Object part) {
    if (part instanceof Report.Paragraph) {
      return "paragraph";
    }
    if (part instanceof Report.Items) {
      return "items";
    }
    if (part instanceof Report.Table) {
      return "table";
    }
    return part instanceof Report.FigureText ? "figure" : "text";
  }

  public boolean inTimeline(String type) {
    return YearTimeline.TYPES.contains(type);
  }

  public String line(String line) {
    return line == null ? "" : LINES.getOrDefault(line, line);
  }
}
