package io.fiscaltrail.query;

import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PERSONNEL;
import static io.fiscaltrail.kernel.budget.BudgetLine.BASIC_PUBLIC;
import static io.fiscaltrail.kernel.budget.BudgetLine.PROJECT;
import static io.fiscaltrail.query.Facts.*;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import io.fiscaltrail.kernel.budget.ExpenditureClassification;
import io.fiscaltrail.kernel.budget.IncomeSource;
import io.fiscaltrail.kernel.budget.SpendingCeiling;
import io.fiscaltrail.kernel.budget.ThreePublicCategory;
import java.time.Instant;
import java.util.List;

/**
 * An invented department with other numbers, dates and shapes than the seed: a prior year, other
 * income, a reduction, project spending with key projects, procurement, an idle and a disposed
 * asset, a staffing change, a backdated voucher and a year whose sources and uses differ.
 */
public final class InventedYear {

  public static final String CODE = "hexi-water";
  public static final BudgetYearId PRIOR = BudgetYearId.of(CODE, 2022);
  public static final BudgetYearId YEAR = BudgetYearId.of(CODE, 2023);

  private InventedYear() {}

  public static History history() {
    History h = new History(Instant.parse("2022-01-03T01:00:00Z"));
    h.add(registered(CODE, "河西区水利局", 20, 18, List.of("办公室", "工程股", "水政股", "财务股")));
    h.add(
        acquired(CODE, "P-1", "800000.00", "2020-01-01", true),
        acquired(CODE, "P-2", "200000.00", "2021-03-01", true),
        acquired(CODE, "P-3", "50000.00", "2018-05-01", true),
        opened(PRIOR),
        initial(PRIOR, BASIC_PUBLIC, "300000.00", "2022-01-12"),
        spent(PRIOR, "C-1", "80000.00", "2022-08-01",
            threePublic(BASIC_PUBLIC, "2130101", "30231", ThreePublicCategory.OFFICIAL_CARS)),
        depreciated(CODE, "P-3", "30000.00", "2022-12-31"),
        currentAssets(CODE, "1200000.00", "2022-12-31"),
        closed(PRIOR, "125000.00", "2022-12-31"));
    h.recordedAt(Instant.parse("2023-01-05T01:00:00Z"));
    h.add(
        opened(YEAR),
        carryOverIn(YEAR, "120000.00", "2023-01-01"),
        initial(YEAR, BASIC_PERSONNEL, "2000000.00", "2023-01-15"),
        initial(YEAR, BASIC_PUBLIC, "500000.00", "2023-01-15"),
        initial(YEAR, PROJECT, "3000000.00", "2023-01-15"),
        ceiling(YEAR, SpendingCeiling.GOVERNMENT_PROCUREMENT, "800000.00", "2023-01-15"),
        ceiling(YEAR, SpendingCeiling.THREE_PUBLIC_EXPENSES, "60000.00", "2023-01-15"));
    for (int month = 1; month <= 10; month++) {
      h.add(spent(YEAR, "W-" + month, "190000.00", String.format("2023-%02d-28", month),
          charged(BASIC_PERSONNEL, "2130101", "30101")));
      if (month == 3) {
        h.add(spent(YEAR, "G-1", "100000.00", "2023-03-20", procurement(BASIC_PUBLIC, "2130101", "31002", false)));
      }
      if (month == 4) {
        h.add(otherIncome(YEAR, IncomeSource.BUSINESS, "50000.00", "2023-04-01"),
            spent(YEAR, "K-1", "600000.00", "2023-04-10", procurement(PROJECT, "2130305", "31005", true)));
      }
      if (month == 5) {
        h.add(spent(YEAR, "C-2", "45000.00", "2023-05-10",
                threePublic(BASIC_PUBLIC, "2130101", "30231", ThreePublicCategory.OFFICIAL_CARS)),
            useChanged(CODE, "P-2", false, "200000.00", "2023-05-01"));
      }
      if (month == 6) {
        h.add(supplementary(YEAR, PROJECT, "1000000.00", "2023-06-15"),
            disposed(CODE, "P-3", "20000.00", "2023-06-30"));
      }
      if (month == 7) {
        h.add(spent(YEAR, "K-2", "2200000.00", "2023-07-20", keyProject("2130305", "31005")));
      }
      if (month == 9) {
        ExpenditureClassification works = charged(PROJECT, "2130399", "30299");
        h.add(reduction(YEAR, BASIC_PUBLIC, "200000.00", "2023-09-01"),
            spent(YEAR, "X-1", "50000.00", "2023-09-05", works));
        String mistaken = h.lastId();
        h.add(reversed(YEAR, mistaken, "X-1", "50000.00", works, "2023-09-25"));
      }
      if (month == 10) {
        h.add(spent(YEAR, "X-2", "700000.00", "2023-10-10", charged(PROJECT, "2130399", "30299")));
      }
    }
    h.add(staffing(CODE, 22, 21, "2023-07-01"));
    h.recordedAt(Instant.parse("2023-11-20T03:00:00Z"))
        .add(spent(YEAR, "O-1", "135000.00", "2023-08-08", charged(BASIC_PUBLIC, "2130101", "30201")));
    h.recordedAt(Instant.parse("2024-01-10T03:00:00Z"))
        .add(
            depreciated(CODE, "P-1", "100000.00", "2023-12-31"),
            currentAssets(CODE, "1500000.00", "2023-12-31"),
            closed(YEAR, "770000.00", "2023-12-31"));
    return h;
  }
}
