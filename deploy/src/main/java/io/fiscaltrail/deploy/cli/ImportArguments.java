package io.fiscaltrail.deploy.cli;

import io.fiscaltrail.kernel.budget.BudgetYearId;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The arguments of {@code import [--department=CODE --year=YYYY] FILE [--spring.option=value ...]}.
 * A {@code .csv} file is an expenditure ledger of the department's year; any other file holds
 * NDJSON records. Options this command does not know are handed to Spring.
 */
record ImportArguments(Path file, BudgetYearId ledgerYear, List<String> springArguments) {

  static final String USAGE =
      "usage: java -jar fiscaltrail.jar import FILE.ndjson\n"
          + "       java -jar fiscaltrail.jar import --department=CODE --year=YYYY FILE.csv";

  private static final String DEPARTMENT = "--department=";
  private static final String YEAR = "--year=";

  /** @throws IllegalArgumentException naming what is wrong with the arguments */
  static ImportArguments parse(String[] args) {
    String department = null;
    String year = null;
    List<String> files = new ArrayList<>();
    List<String> spring = new ArrayList<>();
    for (String arg : List.of(args).subList(1, args.length)) {
      if (arg.startsWith(DEPARTMENT)) {
        department = arg.substring(DEPARTMENT.length());
      } else if (arg.startsWith(YEAR)) {
        year = arg.substring(YEAR.length());
      } else if (arg.startsWith("--")) {
        spring.add(arg);
      } else {
        files.add(arg);
      }
    }
    if (files.size() != 1) {
      throw new IllegalArgumentException("name exactly one file to import");
    }
    Path file = Path.of(files.get(0));
    boolean ledger = file.getFileName().toString().toLowerCase().endsWith(".csv");
    if (ledger != (department != null || year != null) || (department == null) != (year == null)) {
      throw new IllegalArgumentException("a .csv ledger needs --department and --year; an NDJSON file names them in its records");
    }
    return new ImportArguments(file, ledger ? ledgerYear(department, year) : null, List.copyOf(spring));
  }

  boolean isLedger() {
    return ledgerYear != null;
  }

  private static BudgetYearId ledgerYear(String department, String year) {
    try {
      return BudgetYearId.of(department, Integer.parseInt(year));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--department and --year must name a fiscal year: " + e.getMessage());
    }
  }
}
