package io.fiscaltrail.command.web;

/** One reason an input was refused, naming the field at fault. */
public record FieldProblem(String field, String reason) {}
