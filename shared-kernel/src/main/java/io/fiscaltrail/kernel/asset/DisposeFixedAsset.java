package io.fiscaltrail.kernel.asset;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a fixed asset leaving the register. */
public record DisposeFixedAsset(
    @TargetAggregateIdentifier AssetRegisterId register,
    String assetId,
    LocalDate effectiveDate,
    String document,
    String reason) {}
