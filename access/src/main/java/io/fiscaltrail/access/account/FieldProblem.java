package io.fiscaltrail.access.account;

/** One reason an account request was refused, naming the field at fault. */
record FieldProblem(String field, String reason) {}
