package io.fiscaltrail.query.asset;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.asset.CurrentAssetsStated;
import io.fiscaltrail.kernel.asset.FixedAssetAcquired;
import io.fiscaltrail.kernel.asset.FixedAssetDepreciated;
import io.fiscaltrail.kernel.asset.FixedAssetDisposed;
import io.fiscaltrail.kernel.asset.FixedAssetUseChanged;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.EventOrigin;
import io.fiscaltrail.query.ledger.BookBatch;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.ledger.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/**
 * Folds each department's asset register into fixed-asset figures per effective date (cost,
 * accumulated depreciation, cost in use) and the statements of current assets. A disposal or a
 * change of use moves the figures by what the register remembers of the asset, so that net value
 * and in-use cost stay exact. Written once per register per batch, ledger first, like the years.
 */
@Component
@ProcessingGroup(AssetRegisterProjection.PROCESSING_GROUP)
class AssetRegisterProjection {

  static final String PROCESSING_GROUP = "asset-registers";

  private final AssetRegisterBookRepository books;
  private final AssetRegisterLedger ledger;

  AssetRegisterProjection(AssetRegisterBookRepository books, AssetRegisterLedger ledger) {
    this.books = books;
    this.ledger = ledger;
  }

  @EventHandler
  void on(CurrentAssetsStated event, DomainEventMessage<?> message) {
    batch().book(event.register()).state(new Statement(
        EventOrigin.of(message), event.effectiveDate(), event.document(),
        Map.of(BaseFigures.ASSETS_CURRENT, event.amount().fen())));
  }

  @EventHandler
  void on(FixedAssetAcquired event, DomainEventMessage<?> message) {
    long cost = event.cost().fen();
    Map<String, Long> moves = new TreeMap<>();
    moves.put(BaseFigures.ASSETS_FIXED_COST, cost);
    if (event.inUse()) {
      moves.put(BaseFigures.ASSETS_FIXED_IN_USE_COST, cost);
    }
    post(batch(), event.register(), event.assetId(),
        new LedgerEntry(EventOrigin.of(message), event.effectiveDate(), event.cost(), event.document(), null, moves, null, null),
        new FixedAssetState(cost, 0, event.inUse()));
  }

  @EventHandler
  void on(FixedAssetDepreciated event, DomainEventMessage<?> message) {
    BookBatch<AssetRegisterId, AssetRegisterBook> batch = batch();
    long fen = event.amount().fen();
    FixedAssetState after = batch.book(event.register()).fixedAsset(event.assetId())
        .map(asset -> asset.depreciatedBy(fen))
        .orElse(null);
    post(batch, event.register(), event.assetId(),
        new LedgerEntry(EventOrigin.of(message), event.effectiveDate(), event.amount(), event.document(), null,
            Map.of(BaseFigures.ASSETS_FIXED_DEPRECIATION, fen), null, null),
        after);
  }

  @EventHandler
  void on(FixedAssetUseChanged event, DomainEventMessage<?> message) {
    BookBatch<AssetRegisterId, AssetRegisterBook> batch = batch();
    FixedAssetState asset = batch.book(event.register()).fixedAsset(event.assetId()).orElse(null);
    Map<String, Long> moves = asset == null || asset.inUse() == event.inUse()
        ? Map.of()
        : Map.of(BaseFigures.ASSETS_FIXED_IN_USE_COST, event.inUse() ? asset.cost() : -asset.cost());
    post(batch, event.register(), event.assetId(),
        new LedgerEntry(EventOrigin.of(message), event.effectiveDate(), event.cost(), event.document(), null, moves, null, null),
        asset == null ? null : asset.inUse(event.inUse()));
  }

  @EventHandler
  void on(FixedAssetDisposed event, DomainEventMessage<?> message) {
    BookBatch<AssetRegisterId, AssetRegisterBook> batch = batch();
    Map<String, Long> moves = new TreeMap<>();
    batch.book(event.register()).fixedAsset(event.assetId()).ifPresent(asset -> {
      moves.put(BaseFigures.ASSETS_FIXED_COST, -asset.cost());
      moves.put(BaseFigures.ASSETS_FIXED_DEPRECIATION, -asset.depreciation());
      if (asset.inUse()) {
        moves.put(BaseFigures.ASSETS_FIXED_IN_USE_COST, -asset.cost());
      }
    });
    post(batch, event.register(), event.assetId(),
        new LedgerEntry(
            EventOrigin.of(message), event.effectiveDate(), event.netValue(), event.document(), null, moves, null, null),
        null);
  }

  @ResetHandler
  void reset() {
    books.deleteAll();
    ledger.deleteAll();
  }

  private static void post(
      BookBatch<AssetRegisterId, AssetRegisterBook> batch,
      AssetRegisterId register,
      String assetId,
      LedgerEntry entry,
      FixedAssetState after) {
    if (batch.book(register).post(entry, assetId, after)) {
      batch.posted(register, entry);
    }
  }

  private BookBatch<AssetRegisterId, AssetRegisterBook> batch() {
    return BookBatch.current(
        AssetRegisterProjection.class,
        books::find,
        (register, entries) -> ledger.append(register.toString(), entries),
        this::save);
  }

  /** The checkpoints the book passed go first: the book's sequence is what marks them done. */
  private void save(AssetRegisterBook book) {
    ledger.save(book.register().toString(), book.takePassedCheckpoints());
    books.save(book);
  }
}
