package io.fiscaltrail.command.importing;

import java.util.List;

/**
 * An import refused as a whole, naming every bad line; nothing of it was stored. A conflict is an
 * import whose lines are all well formed but some clash with what is stored (a voucher number
 * already recorded in its year, a department already registered).
 */
public class InvalidImport extends RuntimeException {

  private final List<LineProblem> problems;
  private final boolean conflict;

  public InvalidImport(List<LineProblem> problems) {
    this(problems, false);
  }

  InvalidImport(List<LineProblem> problems, boolean conflict) {
    super(summary(problems));
    this.problems = List.copyOf(problems);
    this.conflict = conflict;
  }

  public boolean isConflict() {
    return conflict;
  }

  public List<LineProblem> problems() {
    return problems;
  }

  private static String summary(List<LineProblem> problems) {
    long lines = problems.stream().mapToInt(LineProblem::line).distinct().count();
    return lines == 1 ? "1 bad line; nothing was stored" : lines + " bad lines; nothing was stored";
  }
}
