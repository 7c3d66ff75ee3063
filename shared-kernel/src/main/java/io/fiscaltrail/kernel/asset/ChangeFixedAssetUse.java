package io.fiscaltrail.kernel.asset;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a fixed asset being taken into use or left idle. */
public record ChangeFixedAssetUse(
    @TargetAggregateIdentifier AssetRegisterId register,
    String assetId,
    boolean inUse,
    LocalDate effectiveDate,
    String document) {}
