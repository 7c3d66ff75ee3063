package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** A fixed asset is in use, or idle, from the effective date on. */
public record FixedAssetUseChanged(
    AssetRegisterId register,
    String assetId,
    boolean inUse,
    Money cost,
    LocalDate effectiveDate,
    String document) {}
