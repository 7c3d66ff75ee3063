package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** A fixed asset left the register; its remaining book value goes with it. */
public record FixedAssetDisposed(
    AssetRegisterId register,
    String assetId,
    Money netValue,
    LocalDate effectiveDate,
    String document,
    String reason) {}
