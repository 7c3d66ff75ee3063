package io.fiscaltrail.kernel.budget;

/** The first fact of every fiscal-year stream: the year exists for this department. */
public record BudgetYearOpened(BudgetYearId budgetYear) {}
