package io.fiscaltrail.query.asset;

import static io.fiscaltrail.query.Facts.*;
import static org.assertj.core.api.Assertions.assertThat;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.query.History;
import io.fiscaltrail.query.ReadModel;
import io.fiscaltrail.query.ReadModelTest;
import io.fiscaltrail.query.ledger.Statement;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@ReadModelTest
class AssetRegisterProjectionTest {

  private static final String CODE = "asset-unit";
  private static final AssetRegisterId REGISTER = new AssetRegisterId(DepartmentCode.of(CODE));

  @Autowired ReadModel readModel;
  @Autowired AssetRegisterBookRepository books;
  @Autowired AssetRegisterLedger ledger;

  @BeforeEach
  void emptyStore() {
    readModel.clear();
  }

  @Test
  void canFollowAFixedAssetFromAcquisitionThroughIdlenessToDisposal() {
    readModel.feed(new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        acquired(CODE, "A", "1000.00", "2024-01-10", true),
        acquired(CODE, "B", "400.00", "2024-02-01", false),
        depreciated(CODE, "A", "100.00", "2024-03-31"),
        useChanged(CODE, "A", false, "1000.00", "2024-04-15"),
        useChanged(CODE, "B", true, "400.00", "2024-04-15"),
        useChanged(CODE, "B", true, "400.00", "2024-04-20"),
        disposed(CODE, "A", "900.00", "2024-06-30")));

    AssetRegisterBook book = books.find(REGISTER);
    assertThat(book.figures().totalsAsOf(day("2024-03-31"))).isEqualTo(Map.of(
        "ASSETS_FIXED_COST", 140000L, "ASSETS_FIXED_IN_USE_COST", 100000L, "ASSETS_FIXED_DEPRECIATION", 10000L));
    assertThat(book.figures().totalsAsOf(day("2024-04-30"))).isEqualTo(Map.of(
        "ASSETS_FIXED_COST", 140000L, "ASSETS_FIXED_IN_USE_COST", 40000L, "ASSETS_FIXED_DEPRECIATION", 10000L));
    assertThat(book.figures().totalsAsOf(day("2024-06-30"))).isEqualTo(Map.of(
        "ASSETS_FIXED_COST", 40000L, "ASSETS_FIXED_IN_USE_COST", 40000L, "ASSETS_FIXED_DEPRECIATION", 0L));
    assertThat(ledger.read(REGISTER.toString(), book.appliedSequence())).hasSize(7);
  }

  @Test
  void theLatestStatementOfCurrentAssetsOnOrBeforeTheDateStands() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        currentAssets(CODE, "500.00", "2023-12-31"),
        currentAssets(CODE, "800.00", "2024-06-30"))
        .recordedAt(Instant.parse("2024-08-01T00:00:00Z"))
        .add(currentAssets(CODE, "600.00", "2024-03-31"));
    readModel.feed(h);

    AssetRegisterBook book = books.find(REGISTER);
    assertThat(book.currentAssets().standing("ASSETS_CURRENT", day("2023-06-30"))).isEmpty();
    assertThat(standing(book, "2024-01-31")).isEqualTo(50000L);
    assertThat(standing(book, "2024-04-01")).isEqualTo(60000L);
    assertThat(standing(book, "2024-12-31")).isEqualTo(80000L);
  }

  @Test
  void ignoresRedeliveredEvents() {
    History h = new History(Instant.parse("2024-01-02T00:00:00Z")).add(
        acquired(CODE, "A", "1000.00", "2024-01-10", true),
        disposed(CODE, "A", "1000.00", "2024-02-10"),
        currentAssets(CODE, "500.00", "2024-03-31"));
    readModel.feed(h);
    List<String> once = readModel.documents(AssetRegisterBookRepository.COLLECTION);

    readModel.feed(h.messages(), 1);

    assertThat(readModel.documents(AssetRegisterBookRepository.COLLECTION)).isEqualTo(once);
    assertThat(books.find(REGISTER).figures().totalsAsOf(day("2024-12-31")))
        .containsEntry("ASSETS_FIXED_COST", 0L);
  }

  private static long standing(AssetRegisterBook book, String date) {
    return book.currentAssets().standing("ASSETS_CURRENT", day(date)).map(Statement::values)
        .map(v -> v.get("ASSETS_CURRENT")).orElseThrow();
  }
}
