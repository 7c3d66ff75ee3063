package io.fiscaltrail.command.importing;

import io.fiscaltrail.kernel.asset.AcquireFixedAsset;
import io.fiscaltrail.kernel.asset.AssetRegisterId;
import io.fiscaltrail.kernel.asset.ChangeFixedAssetUse;
import io.fiscaltrail.kernel.asset.DepreciateFixedAsset;
import io.fiscaltrail.kernel.asset.DisposeFixedAsset;
import io.fiscaltrail.kernel.asset.StateCurrentAssets;
import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import java.util.function.Supplier;

/** Reads the records of a department's asset register. */
final class AssetRecords {

  private AssetRecords() {}

  static Supplier<Object> currentAssets(RecordFields f) {
    AssetRegisterId register = f.assetRegister();
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.optionalText("document");
    return () -> new StateCurrentAssets(register, amount, effectiveDate, document);
  }

  static Supplier<Object> acquisition(RecordFields f) {
    AssetRegisterId register = f.assetRegister();
    String assetId = f.requiredText("assetId");
    String description = f.requiredText("description");
    Money cost = f.requiredAmount("cost");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.optionalText("document");
    boolean inUse = f.optionalFlag("inUse", true);
    return () -> new AcquireFixedAsset(register, assetId, description, cost, effectiveDate, document, inUse);
  }

  static Supplier<Object> depreciation(RecordFields f) {
    AssetRegisterId register = f.assetRegister();
    String assetId = f.requiredText("assetId");
    Money amount = f.requiredAmount("amount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.optionalText("document");
    return () -> new DepreciateFixedAsset(register, assetId, amount, effectiveDate, document);
  }

  static Supplier<Object> use(RecordFields f) {
    AssetRegisterId register = f.assetRegister();
    String assetId = f.requiredText("assetId");
    Boolean inUse = f.requiredFlag("inUse");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.optionalText("document");
    return () -> new ChangeFixedAssetUse(register, assetId, inUse, effectiveDate, document);
  }

  static Supplier<Object> disposal(RecordFields f) {
    AssetRegisterId register = f.assetRegister();
    String assetId = f.requiredText("assetId");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.optionalText("document");
    String reason = f.requiredText("reason");
    return () -> new DisposeFixedAsset(register, assetId, effectiveDate, document, reason);
  }
}
