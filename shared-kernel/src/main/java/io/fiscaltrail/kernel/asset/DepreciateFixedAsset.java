package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records depreciation of a fixed asset. */
public record DepreciateFixedAsset(
    @TargetAggregateIdentifier AssetRegisterId register,
    String assetId,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
