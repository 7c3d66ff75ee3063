package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** A fixed asset lost this much book value. */
public record FixedAssetDepreciated(
    AssetRegisterId register,
    String assetId,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
