package io.fiscaltrail.kernel.budget;

import java.time.LocalDate;

/** Budget information was published: what, where, when. */
public record DisclosurePublished(
    BudgetYearId budgetYear,
    DisclosureSubject subject,
    String channel,
    LocalDate effectiveDate) {}
