package io.fiscaltrail.command.web;

import java.util.List;
import java.util.stream.Collectors;

/** Input that could not be read into a command; carries every problem found, not just the first. */
public class InvalidInput extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidInput(List<FieldProblem> problems) {
    super(problems.stream().map(p -> p.field() + ": " + p.reason()).collect(Collectors.joining("; ")));
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
