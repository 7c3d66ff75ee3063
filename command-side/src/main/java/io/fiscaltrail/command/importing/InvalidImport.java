package io.fiscaltrail.command.importing;

import java.util.List;

/** An import refused as a whole, naming every bad line; nothing of it was stored. */
public class InvalidImport extends RuntimeException {

  private final List<LineProblem> problems;

  public InvalidImport(List<LineProblem> problems) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
  }

  public List<LineProblem> problems() {
    return problems;
  }

  private static String summary(List<LineProblem> problems) {
    long lines = problems.stream().mapToInt(LineProblem::line).distinct().count();
    return lines == 1 ? "1 bad line; nothing was stored" : lines + " bad lines; nothing was stored";
  }
}
