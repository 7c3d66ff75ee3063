package io.fiscaltrail.command.importing;

/** One reason a line of an import was refused: the line number (1 for the first), the field and why. */
public record LineProblem(int line, String field, String reason) {}
