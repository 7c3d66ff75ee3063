package io.fiscaltrail.kernel.budget;

/** An auditor's finding or note on the year; who wrote it is the event's actor metadata. */
public record AuditNoteRecorded(BudgetYearId budgetYear, String text, String subject, String document) {}
