package io.fiscaltrail.query;

import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PERSONNEL;
import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PUBLIC;
import static io.fiscaltrail.kernel.budget.BudgetLine.PROJECT;
import static io.fiscaltrail.kernel.budget.BudgetLine.UNASSIGNED;
import static io.fiscaltrail.query.Facts.*;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.DisclosurePublished;
import io.fiscaltrail.kernel.budget.DisclosureSubject;
import io.fiscaltrail.kernel.budget.EvidenceRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.OutputRecorded;
import io.fiscaltrail.kernel.budget.PerformanceTargetSet;
import io.fiscaltrail.kernel.budget.QualitativeIndicator;
import io.fiscaltrail.kernel.budget.ReportClaimsFiled;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.DepartmentRegistered;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The seed year rebuilt in code from the figures in domain.md: 北塔区总工会, 2022. Where the report
 * gives only totals the split into vouchers is invented, but every total is the report's. It also
 * holds a wrong voucher later corrected and a voucher reversed, which must net out.
 */
public final class SeedYear {

  public static final String CODE = "beita-union";
  public static final BudgetYearId YEAR = BudgetYearId.of(CODE, 2022);
  /** The filed report is visible from this date on. */
  public static final String FILED_ON = "2023-03-31";

  private SeedYear() {}

  public static History history() {
    History h = new History(Instant.parse("2022-01-04T01:00:00Z"));
    h.add(new DepartmentRegistered(
        DepartmentCode.of(CODE), "北塔区总工会", 3, 3, 3,
        List.of("办公室", "组织基层女工和宣传教育网络信息部", "权益保障和财务资产部"),
        List.of(
            "依据工会法建立和健全全区各级工会组织。",
            "维护职工合法权益和女职工的特殊利益。",
            "宣传劳动法规，处理职工来信来访，参与劳动争议事件的仲裁、调解，协调劳资矛盾。",
            "对职工进行思想政治教育和文化科学技术教育，组织文化娱乐体育活动。",
            "参与关于经济和社会发展计划及涉及职工利益的重大政策、措施的制定，反映职工群众的意见和要求。",
            "管理工会经费，保护工会财产。")));
    h.add(
        acquired(CODE, "FA-1", "50000.00", "2019-06-01", true),
        depreciated(CODE, "FA-1", "12000.00", "2021-12-31"),
        currentAssets(CODE, "800000.00", "2021-12-31"));
    h.add(
        opened(YEAR),
        carryOverIn(YEAR, "72500.00", "2022-01-01"),
        initial(YEAR, BASIC_PERSONNEL, "335800.00", "2022-01-10"),
        initial(YEAR, PROJECT, "30000.00", "2022-01-10"),
        initial(YEAR, UNASSIGNED, "72600.00", "2022-01-10"),
        ceiling(YEAR, SpendingCeiling.GOVERNMENT_PROCUREMENT, "30000.00", "2022-01-10"),
        ceiling(YEAR, SpendingCeiling.THREE_PUBLIC_EXPENSES, "0.00", "2022-01-10"),
        new PerformanceTargetSet(YEAR, "VISIT", "“两节”走访慰问困难职工", "人", new BigDecimal("20"), "年度绩效目标"),
        new DisclosurePublished(YEAR, DisclosureSubject.BUDGET, "区政府统一平台", day("2022-02-15")),
        new DisclosurePublished(YEAR, DisclosureSubject.THREE_PUBLIC_EXPENSES, "区政府统一平台", day("2022-02-15")),
        new EvidenceRecorded(YEAR, QualitativeIndicator.MANAGEMENT_RULES, day("2022-03-01"),
            "单位内部制定了资产管理制度，对各类资产的购置、保管、使用、报废、处置等方面都作出了明确的规定。", "资产管理制度"));
    ExpenditureClassification relief = charged(BASIC_PUBLIC, "2010150", "30305");
    h.add(spent(YEAR, "P-001", "20000.00", "2022-01-20", relief),
        new OutputRecorded(YEAR, "VISIT", day("2022-01-20"), "“两节”期间走访慰问困难职工", new BigDecimal("20"), "人",
            yuan("20000.00"), "P-001"));
    ExpenditureRecorded wrong = spent(YEAR, "P-002", "25000.00", "2022-01-25", relief);
    h.add(wrong);
    String wrongId = h.lastId();
    for (int month = 1; month <= 12; month++) {
      h.add(spent(YEAR, "S-" + month, "24675.00", String.format("2022-%02d-25", month),
          charged(BASIC_PERSONNEL, "2010101", "30101")));
      if (month == 2) {
        h.add(reversed(YEAR, wrongId, "P-002", "25000.00", relief, "2022-02-10"),
            correction(YEAR, "P-002C", "23000.00", "2022-02-10", relief, wrongId),
            new OutputRecorded(YEAR, null, day("2022-02-10"), "开展“送温暖”慰问活动，慰问困难职工", new BigDecimal("18"),
                "人", yuan("23000.00"), "P-002C"));
      }
      if (month == 3) {
        h.add(supplementary(YEAR, UNASSIGNED, "400000.00", "2022-03-15"),
            spent(YEAR, "P-010", "300000.00", "2022-03-31", charged(BASIC_PUBLIC, "2012999", "30299")));
      }
      if (month == 5) {
        ExpenditureClassification office = charged(BASIC_PUBLIC, "2010102", "30201");
        h.add(spent(YEAR, "P-099", "50000.00", "2022-05-10", office));
        String mistaken = h.lastId();
        h.add(reversed(YEAR, mistaken, "P-099", "50000.00", office, "2022-05-20"));
      }
      if (month == 6) {
        h.add(spent(YEAR, "B-208-1", "16850.00", "2022-06-28", charged(BASIC_PERSONNEL, "2080505", "30108")),
            spent(YEAR, "B-210-1", "12050.00", "2022-06-28", charged(BASIC_PERSONNEL, "2101101", "30110")),
            spent(YEAR, "B-221-1", "15000.00", "2022-06-28", charged(BASIC_PERSONNEL, "2210201", "30113")),
            spent(YEAR, "P-011", "300000.00", "2022-06-30", charged(BASIC_PUBLIC, "2012999", "30299")));
      }
      if (month == 7) {
        h.add(supplementary(YEAR, UNASSIGNED, "31400.00", "2022-07-28"),
            spent(YEAR, "P-020", "31400.00", "2022-07-28", charged(BASIC_PUBLIC, "2012999", "30399")),
            new OutputRecorded(YEAR, null, day("2022-07-28"), "下拨省财政困难职工专项帮扶资金和常态化送温暖资金", null, null,
                yuan("31400.00"), "P-020"));
      }
      if (month == 9) {
        h.add(spent(YEAR, "P-030", "4000.00", "2022-09-15", charged(BASIC_PUBLIC, "2012999", "30308")),
            supplementary(YEAR, UNASSIGNED, "500000.00", "2022-09-28"),
            spent(YEAR, "P-012", "200000.00", "2022-09-30", charged(BASIC_PUBLIC, "2012999", "30299")));
      }
      if (month == 10) {
        h.add(spent(YEAR, "P-040", "30000.00", "2022-10-20", charged(BASIC_PUBLIC, "2012999", "30399")),
            spent(YEAR, "P-041", "2000.00", "2022-10-20", charged(BASIC_PUBLIC, "2012999", "30299")));
      }
      if (month == 11) {
        h.add(spent(YEAR, "P-050", "40000.00", "2022-11-15", relief),
            spent(YEAR, "P-051", "800.00", "2022-11-18",
                threePublic(BASIC_PUBLIC, "2010102", "30217", ThreePublicCategory.OFFICIAL_RECEPTIONS)));
      }
      if (month == 12) {
        h.add(supplementary(YEAR, UNASSIGNED, "122200.00", "2022-12-15"),
            spent(YEAR, "P-013", "156900.00", "2022-12-20", charged(BASIC_PUBLIC, "2012999", "30299")),
            spent(YEAR, "B-208-2", "16850.00", "2022-12-28", charged(BASIC_PERSONNEL, "2080505", "30108")),
            spent(YEAR, "B-210-2", "12050.00", "2022-12-28", charged(BASIC_PERSONNEL, "2101101", "30110")),
            spent(YEAR, "B-221-2", "15000.00", "2022-12-28", charged(BASIC_PERSONNEL, "2210201", "30113")));
      }
    }
    h.add(closed(YEAR, "72500.00", "2022-12-31"),
        depreciated(CODE, "FA-1", "10600.00", "2022-12-31"),
        currentAssets(CODE, "962700.00", "2022-12-31"));
    h.recordedAt(Instant.parse("2023-03-20T02:00:00Z"))
        .add(new DisclosurePublished(YEAR, DisclosureSubject.FINAL_ACCOUNTS, "区政府统一平台", day("2023-03-20")));
    h.recordedAt(Instant.parse("2023-03-31T02:00:00Z")).add(filedReport());
    return h;
  }

  /** The figures the filed report prints, with the codes, values and quotes of the seed import file. */
  static ReportClaimsFiled filedReport() {
    return new ReportClaimsFiled(YEAR, "北塔区总工会2022年度部门整体支出绩效评价报告", day(FILED_ON),
        List.of(
            claim("AUTHORIZED_HEADCOUNT", "3", "人", "本部门共有编制人数3人，实有人数3人，内设股室3个"),
            claim("ACTUAL_HEADCOUNT", "3", "人", "本部门共有编制人数3人，实有人数3人，内设股室3个"),
            claim("DIVISION_COUNT", "3", "个", "本部门共有编制人数3人，实有人数3人，内设股室3个"),
            claim("APPROPRIATION_TOTAL", "149.20", "万元", "2022年度区总工会财政预算拨款收入为149.2万元，其中年初预算数43.84万元，追加预算数105.36万元；上年结转和结余为7.25万元"),
            claim("APPROPRIATION_INITIAL", "43.84", "万元", "2022年度区总工会财政预算拨款收入为149.2万元，其中年初预算数43.84万元，追加预算数105.36万元；上年结转和结余为7.25万元"),
            claim("APPROPRIATION_SUPPLEMENTARY", "105.36", "万元", "2022年度区总工会财政预算拨款收入为149.2万元，其中年初预算数43.84万元，追加预算数105.36万元；上年结转和结余为7.25万元"),
            claim("CARRYOVER_IN", "7.25", "万元", "2022年度区总工会财政预算拨款收入为149.2万元，其中年初预算数43.84万元，追加预算数105.36万元；上年结转和结余为7.25万元"),
            claim("EXPENDITURE_TOTAL", "149.20", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("EXPENDITURE_BASIC", "149.20", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("EXPENDITURE_PROJECT", "0.00", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("EXPENDITURE_FUNCTION_201", "140.42", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("EXPENDITURE_FUNCTION_208", "3.37", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("EXPENDITURE_FUNCTION_210", "2.41", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("EXPENDITURE_FUNCTION_221", "3.00", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("CARRYOVER_OUT", "7.25", "万元", "2022年度实际支出149.2万元（基本支出149.2万元、项目支出0万元），其中一般公共服务支出140.42万元、社会保障和就业支出3.37万元、卫生健康支出2.41万元、住房保障支出3万元；年末结转和结余7.25万元"),
            claim("APPROPRIATION_INITIAL_BASIC", "33.58", "万元", "2022年度区总工会基本支出年初预算安排为33.58万元，本年实际支出为149.2万元，主要为人员经费支出和公用经费支出，其中人员经费支出38.39万元、公用经费支出110.81万元"),
            claim("EXPENDITURE_PERSONNEL", "38.39", "万元", "2022年度区总工会基本支出年初预算安排为33.58万元，本年实际支出为149.2万元，主要为人员经费支出和公用经费支出，其中人员经费支出38.39万元、公用经费支出110.81万元"),
            claim("EXPENDITURE_PUBLIC", "110.81", "万元", "2022年度区总工会基本支出年初预算安排为33.58万元，本年实际支出为149.2万元，主要为人员经费支出和公用经费支出，其中人员经费支出38.39万元、公用经费支出110.81万元"),
            claim("APPROPRIATION_INITIAL_PROJECT", "3.00", "万元", "本年项目支出年初预算安排为3万元，本年实际支出为0万元"),
            claim("BUDGET_EXECUTION_RATE_INITIAL_BASIC", "444", "%", "2022年财政拨款预算执行数149.2万元，预算安排数33.58万元，预算执行率为444%，当年预算有超支115.62万元"),
            claim("OVERSPEND_INITIAL_BASIC", "115.62", "万元", "2022年财政拨款预算执行数149.2万元，预算安排数33.58万元，预算执行率为444%，当年预算有超支115.62万元"),
            claim("PUBLIC_FUNDS_BUDGET", "0.00", "万元", "公用经费预算0万元，实际支出110.81万元，公用经费控制率为0%"),
            claim("PUBLIC_FUNDS_CONTROL_RATE", "0", "%", "公用经费预算0万元，实际支出110.81万元，公用经费控制率为0%"),
            claim("THREE_PUBLIC_BUDGET", "0.00", "万元", "“三公经费”年初预算安排0万元，实际支出0.08万元，“三公经费”控制率为0%"),
            claim("THREE_PUBLIC_SPENT", "0.08", "万元", "“三公经费”年初预算安排0万元，实际支出0.08万元，“三公经费”控制率为0%"),
            claim("THREE_PUBLIC_CONTROL_RATE", "0", "%", "“三公经费”年初预算安排0万元，实际支出0.08万元，“三公经费”控制率为0%"),
            claim("PROCUREMENT_BUDGET", "3.00", "万元", "政府采购年初预算3万元，实际政府采购金额0万元，政府采购执行率0%"),
            claim("PROCUREMENT_SPENT", "0.00", "万元", "政府采购年初预算3万元，实际政府采购金额0万元，政府采购执行率0%"),
            claim("PROCUREMENT_EXECUTION_RATE", "0", "%", "政府采购年初预算3万元，实际政府采购金额0万元，政府采购执行率0%"),
            claim("ASSETS_TOTAL", "99.01", "万元", "截止2022年12月31日，区总工会拥有各类资产总额99.01万元，其中流动资产96.27万元，固定资产净值2.74万元"),
            claim("ASSETS_CURRENT", "96.27", "万元", "截止2022年12月31日，区总工会拥有各类资产总额99.01万元，其中流动资产96.27万元，固定资产净值2.74万元"),
            claim("ASSETS_FIXED_NET", "2.74", "万元", "截止2022年12月31日，区总工会拥有各类资产总额99.01万元，其中流动资产96.27万元，固定资产净值2.74万元")),
        List.of(
            "绩效评价工作机制有待进一步完善。",
            "年初预算编制不合理或部分经费计划比较紧张，往往需要在年度中间进行预算追加和调整。"),
        List.of("完善绩效监控机制", "严格执行单位预算", "完善内部控制支出", "加强财务知识培训"));
  }
}
