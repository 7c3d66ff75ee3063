package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a fixed asset entering the register at its original cost. */
public record AcquireFixedAsset(
    @TargetAggregateIdentifier AssetRegisterId register,
    String assetId,
    String description,
    Money cost,
    LocalDate effectiveDate,
    String document,
    boolean inUse) {}
