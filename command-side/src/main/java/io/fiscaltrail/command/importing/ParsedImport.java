package io.fiscaltrail.command.importing;

import java.util.List;

/** What reading a file gave: the records that were well formed and a problem for each that was not. */
record ParsedImport(List<ImportRecord> records, List<LineProblem> problems) {

  ParsedImport {
    records = List.copyOf(records);
    problems = List.copyOf(problems);
  }
}
