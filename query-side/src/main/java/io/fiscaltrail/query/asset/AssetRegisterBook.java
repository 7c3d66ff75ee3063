package io.fiscaltrail.query.asset;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.query.ledger.Checkpoint;
import io.fiscaltrail.query.ledger.DailyFigures;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.ledger.RecordingIndex;
import io.fiscaltrail.query.ledger.Statement;
import io.fiscaltrail.query.ledger.Statements;
import io.fiscaltrail.query.ledger.StreamFold;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read model of a department's asset register, across the years: fixed-asset figures per
 * effective date, the statements of current assets, and the standing fixed assets. Its ledger keeps
 * checkpoints and an index of recorded times as a year's does (see {@code BudgetYearBook}).
 */
public final class AssetRegisterBook {

  private final AssetRegisterId register;
  private final StreamFold fold;
  private final Statements currentAssets;
  private final Map<String, FixedAssetState> fixedAssets;

  AssetRegisterBook(
      AssetRegisterId register,
      long appliedSequence,
      DailyFigures figures,
      RecordingIndex recorded,
      Statements currentAssets,
      Map<String, FixedAssetState> fixedAssets) {
    this.register = register;
    this.fold = new StreamFold(appliedSequence, figures, recorded);
    this.currentAssets = currentAssets;
    this.fixedAssets = new TreeMap<>(fixedAssets);
  }

  public static AssetRegisterBook empty(AssetRegisterId register) {
    return new AssetRegisterBook(
        register, -1, DailyFigures.empty(), RecordingIndex.of(Map.of()), Statements.none(), Map.of());
  }

  /**
   * The register as it stood when only facts recorded at or before {@code knownAt} were in it;
   * {@code knownFigures} are the figures of its ledger entries up to {@link #appliedSequence()}
   * recorded by then. Standing fixed assets are left as they are: no figure reads them.
   */
  public AssetRegisterBook asKnownAt(Instant knownAt, DailyFigures knownFigures) {
    return new AssetRegisterBook(
        register,
        fold.appliedSequence(),
        knownFigures,
        fold.recorded(),
        currentAssets.knownAt(knownAt),
        fixedAssets);
  }

  public AssetRegisterId register() {
    return register;
  }

  /** The last event of the register's stream folded in; redeliveries at or below it are ignored. */
  public long appliedSequence() {
    return fold.appliedSequence();
  }

  public DailyFigures figures() {
    return fold.figures();
  }

  /** When the entries of each of the register's ledger chunks were recorded. */
  public RecordingIndex recorded() {
    return fold.recorded();
  }

  /** The checkpoints passed since the book was read, for the ledger to keep before the book is saved. */
  List<Checkpoint> takePassedCheckpoints() {
    return fold.takePassedCheckpoints();
  }

  public Statements currentAssets() {
    return currentAssets;
  }

  Map<String, FixedAssetState> fixedAssets() {
    return fixedAssets;
  }

  Optional<FixedAssetState> fixedAsset(String assetId) {
    return Optional.ofNullable(fixedAssets.get(assetId));
  }

  /**
   * Folds a money fact in and sets the asset it concerns to {@code after}, or forgets it when
   * {@code after} is null (disposed, or never registered); false when the fact was already folded in.
   */
  boolean post(LedgerEntry entry, String assetId, FixedAssetState after) {
    return fold.post(entry, () -> {
      if (after == null) {
        fixedAssets.remove(assetId);
      } else {
        fixedAssets.put(assetId, after);
      }
    });
  }

  void state(Statement statement) {
    fold.apply(statement.origin().sequence(), () -> currentAssets.add(statement));
  }
}
