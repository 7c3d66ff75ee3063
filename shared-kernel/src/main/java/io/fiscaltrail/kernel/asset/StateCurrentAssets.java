package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** States the balance of current assets (流动资产) on a date, as the balance sheet gives it. */
public record StateCurrentAssets(
    @TargetAggregateIdentifier AssetRegisterId register,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
