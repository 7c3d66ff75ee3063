package io.fiscaltrail.query;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.asset.CurrentAssetsStated;
import io.fiscaltrail.kernel.asset.FixedAssetAcquired;
import io.fiscaltrail.kernel.asset.FixedAssetDepreciated;
import io.fiscaltrail.kernel.asset.FixedAssetDisposed;
import io.fiscaltrail.kernel.asset.FixedAssetUseChanged;
import io.fiscaltrail.kernel.budget.AppropriationReduced;
import io.fiscaltrail.kernel.budget.BudgetLine;
import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.BudgetYearOpened;
import io.fiscaltrail.kernel.budget.CarryOverBroughtIn;
import io.fiscaltrail.kernel.budget.ClaimedFigure;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.ExpenditureRecorded;
import io.fiscaltrail.kernel.budget.ExpenditureReversed;
import io.fiscaltrail.kernel.budget.IncomeSource;
import io.fiscaltrail.kernel.budget.InitialAppropriationApproved;
import io.fiscaltrail.kernel.budget.OtherIncomeReceived;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.SpendingCeilingApproved;
import io.fiscaltrail.kernel.budget.SupplementaryAllocationGranted;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import io.fiscaltrail.kernel.budget.YearClosed;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.DepartmentRegistered;
import io.fiscaltrail.kernel.department.StaffingChanged;
import io.fiscaltrail.kernel.money.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Short ways to write the kernel's events in tests: amounts in yuan as text, dates as text. */
public final class Facts {

  private Facts() {}

  public static Money yuan(String amount) {
    return Money.parse(amount);
  }

  public static LocalDate day(String date) {
    return LocalDate.parse(date);
  }

  public static DepartmentRegistered registered(String code, String name, int authorized, int actual, List<String> divisions) {
    return new DepartmentRegistered(
        DepartmentCode.of(code), name, authorized, actual, divisions.size(), divisions, List.of("职责一", "职责二"));
  }

  public static StaffingChanged staffing(String code, int authorized, int actual, String date) {
    return new StaffingChanged(DepartmentCode.of(code), authorized, actual, day(date), "编办文件");
  }

  public static BudgetYearOpened opened(BudgetYearId year) {
    return new BudgetYearOpened(year);
  }

  public static InitialAppropriationApproved initial(BudgetYearId year, BudgetLine line, String amount, String date) {
    return new InitialAppropriationApproved(year, line, yuan(amount), day(date), "年初预算批复", null);
  }

  public static SupplementaryAllocationGranted supplementary(BudgetYearId year, BudgetLine line, String amount, String date) {
    return new SupplementaryAllocationGranted(year, line, yuan(amount), day(date), "追加文件 " + date, "年中追加", "区财政局");
  }

  public static AppropriationReduced reduction(BudgetYearId year, BudgetLine line, String amount, String date) {
    return new AppropriationReduced(year, line, yuan(amount), day(date), "调减文件 " + date, "年中调减");
  }

  public static CarryOverBroughtIn carryOverIn(BudgetYearId year, String amount, String date) {
    return new CarryOverBroughtIn(year, yuan(amount), day(date), "上年决算");
  }

  public static OtherIncomeReceived otherIncome(BudgetYearId year, IncomeSource source, String amount, String date) {
    return new OtherIncomeReceived(year, source, yuan(amount), day(date), "收入凭证", "其他收入");
  }

  public static SpendingCeilingApproved ceiling(BudgetYearId year, SpendingCeiling ceiling, String amount, String date) {
    return new SpendingCeilingApproved(year, ceiling, yuan(amount), day(date), "预算批复");
  }

  public static ExpenditureClassification charged(BudgetLine line, String functional, String economic) {
    return new ExpenditureClassification(line, functional, economic, ThreePublicCategory.NONE, false, false);
  }

  public static ExpenditureClassification threePublic(BudgetLine line, String functional, String economic, ThreePublicCategory category) {
    return new ExpenditureClassification(line, functional, economic, category, false, false);
  }

  public static ExpenditureClassification procurement(BudgetLine line, String functional, String economic, boolean keyProject) {
    return new ExpenditureClassification(line, functional, economic, ThreePublicCategory.NONE, true, keyProject);
  }

  public static ExpenditureClassification keyProject(String functional, String economic) {
    return new ExpenditureClassification(BudgetLine.PROJECT, functional, economic, ThreePublicCategory.NONE, false, true);
  }

  public static ExpenditureRecorded spent(BudgetYearId year, String voucher, String amount, String date, ExpenditureClassification c) {
    return new ExpenditureRecorded(year, voucher, yuan(amount), day(date), c, "收款人", "支出 " + voucher, null);
  }

  public static ExpenditureRecorded correction(
      BudgetYearId year, String voucher, String amount, String date, ExpenditureClassification c, String correctsEventId) {
    return new ExpenditureRecorded(year, voucher, yuan(amount), day(date), c, "收款人", "更正 " + voucher, correctsEventId);
  }

  public static ExpenditureReversed reversed(
      BudgetYearId year, String reversedEventId, String voucher, String amount, ExpenditureClassification c, String date) {
    return new ExpenditureReversed(year, reversedEventId, voucher, yuan(amount), c, day(date), "冲销 " + voucher, "冲销");
  }

  public static YearClosed closed(BudgetYearId year, String carryOverOut, String date) {
    return new YearClosed(year, yuan(carryOverOut), day(date), "年终决算");
  }

  public static CurrentAssetsStated currentAssets(String code, String amount, String date) {
    return new CurrentAssetsStated(register(code), yuan(amount), day(date), "资产负债表 " + date);
  }

  public static FixedAssetAcquired acquired(String code, String assetId, String cost, String date, boolean inUse) {
    return new FixedAssetAcquired(register(code), assetId, "固定资产 " + assetId, yuan(cost), day(date), "入账 " + assetId, inUse);
  }

  public static FixedAssetDepreciated depreciated(String code, String assetId, String amount, String date) {
    return new FixedAssetDepreciated(register(code), assetId, yuan(amount), day(date), "折旧 " + date);
  }

  public static FixedAssetUseChanged useChanged(String code, String assetId, boolean inUse, String cost, String date) {
    return new FixedAssetUseChanged(register(code), assetId, inUse, yuan(cost), day(date), "使用状态 " + date);
  }

  public static FixedAssetDisposed disposed(String code, String assetId, String netValue, String date) {
    return new FixedAssetDisposed(register(code), assetId, yuan(netValue), day(date), "处置 " + assetId, "报废");
  }

  public static ClaimedFigure claim(String code, String value, String unit, String quote) {
    return new ClaimedFigure(code, new BigDecimal(value), unit, quote);
  }

  private static AssetRegisterId register(String code) {
    return new AssetRegisterId(DepartmentCode.of(code));
  }
}
