package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** A fixed asset entered the register at its original cost. */
public record FixedAssetAcquired(
    AssetRegisterId register,
    String assetId,
    String description,
    Money cost,
    LocalDate effectiveDate,
    String document,
    boolean inUse) {}
