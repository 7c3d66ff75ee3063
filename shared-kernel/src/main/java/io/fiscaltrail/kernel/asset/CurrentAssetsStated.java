package io.fiscaltrail.kernel.asset;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;

/** The balance of current assets on the effective date; it stands until the next statement. */
public record CurrentAssetsStated(
    AssetRegisterId register,
    Money amount,
    LocalDate effectiveDate,
    String document) {}
