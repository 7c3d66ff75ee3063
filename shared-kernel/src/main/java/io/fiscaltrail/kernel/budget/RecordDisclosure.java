package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Records a publication of budget information (预决算信息公开): what, where, when. */
public record RecordDisclosure(
    @TargetAggregateIdentifier BudgetYearId budgetYear,
    DisclosureSubject subject,
    String channel,
    LocalDate effectiveDate) {}
