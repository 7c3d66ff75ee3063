package io.fiscaltrail.kernel.budget;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Records an auditor's finding or note on a fiscal year. {@code subject} optionally names what it
 * is about (an event id or a figure code); {@code document} optionally cites a working paper.
 */
public record RecordAuditNote(
    @TargetAggregateIdentifier BudgetYearId budgetYear, String text, String subject, String document) {}
