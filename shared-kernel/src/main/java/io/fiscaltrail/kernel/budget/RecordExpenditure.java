package io.fiscaltrail.kernel.budget;

import io.fiscaltrail.kernel.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records one voucher of spending. {@code corrects} names the voucher this one replaces: the original is reversed and this one stands in its place. */
public record RecordExpenditure(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    String voucher,
    Money amount,
    LocalDate effectiveDate,
    ExpenditureClassification classification,
    String payee,
    String description,
    String corrects) {}
