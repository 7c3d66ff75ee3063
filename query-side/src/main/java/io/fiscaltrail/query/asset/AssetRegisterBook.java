package io.fiscaltrail.query.asset;

import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.query.ledger.DailyFigures;
import io.fiscaltrail.query.ledger.LedgerEntry;
import io.fiscaltrail.query.ledger.Statement;
import io.fiscaltrail.query.ledger.Statements;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The read model of a department's asset register, across the years: fixed-asset figures per
 * effective date, the statements of current assets, and the standing fixed assets.
 */
public final class AssetRegisterBook {

  private final AssetRegisterId register;
  private long appliedSequence;
  private final DailyFigures figures;
  private final Statements currentAssets;
  private final Map<String, FixedAssetState> fixedAssets;

  AssetRegisterBook(
      AssetRegisterId register,
      long appliedSequence,
      DailyFigures figures,
      Statements currentAssets,
      Map<String, FixedAssetState> fixedAssets) {
    this.register = register;
    this.appliedSequence = appliedSequence;
    this.figures = figures;
    this.currentAssets = currentAssets;
    this.fixedAssets = new TreeMap<>(fixedAssets);
  }

  public static AssetRegisterBook empty(AssetRegisterId register) {
    return new AssetRegisterBook(register, -1, DailyFigures.empty(), Statements.none(), Map.of());
  }

  /**
   * The register as it stood when only facts recorded at or before {@code knownAt} were in it;
   * {@code ledger} is its ledger up to {@link #appliedSequence()}. Standing fixed assets are left
   * as they are: no figure reads them.
   */
  public AssetRegisterBook asKnownAt(Instant knownAt, List<LedgerEntry> ledger) {
    return new AssetRegisterBook(
        register,
        appliedSequence,
        DailyFigures.of(ledger.stream().filter(e -> e.origin().knownAt(knownAt)).toList()),
        currentAssets.knownAt(knownAt),
        fixedAssets);
  }

  public AssetRegisterId register() {
    return register;
  }

  /** The last event of the register's stream folded in; redeliveries at or below it are ignored. */
  public long appliedSequence() {
    return appliedSequence;
  }

  public DailyFigures figures() {
    return figures;
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
    if (entry.sequence() <= appliedSequence) {
      return false;
    }
    figures.add(entry.effectiveDate(), entry.contributions());
    if (after == null) {
      fixedAssets.remove(assetId);
    } else {
      fixedAssets.put(assetId, after);
    }
    appliedSequence = entry.sequence();
    return true;
  }

  void state(Statement statement) {
    if (statement.origin().sequence() > appliedSequence) {
      currentAssets.add(statement);
      appliedSequence = statement.origin().sequence();
    }
  }
}
