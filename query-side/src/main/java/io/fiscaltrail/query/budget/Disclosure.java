package io.fiscaltrail.query.budget;

import io.fiscaltrail.kernel.budget.DisclosureSubject;
import io.fiscaltrail.query.ledger.EventOrigin;
import java.time.LocalDate;

/** A publication of budget information (预决算信息公开). */
public record Disclosure(
    EventOrigin origin, DisclosureSubject subject, String channel, LocalDate effectiveDate) {}
