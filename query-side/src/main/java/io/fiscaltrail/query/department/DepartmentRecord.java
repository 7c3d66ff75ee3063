package io.fiscaltrail.query.department;

import java.time.Instant;
import io.fiscaltrail.query.ledger.BaseFigures;
import io.fiscaltrail.query.ledger.Statements;
import java.util.List;

/**
 * What the read model keeps of a department: who it is, its divisions and duties, and every
 * staffing statement with its effective date, so headcount can be read as of any date.
 */
public record DepartmentRecord(
    String code,
    String name,
    List<String> divisionNames,
    List<String> duties,
    Statements staffing,
    long appliedSequence) {

  public DepartmentRecord {
    divisionNames = List.copyOf(divisionNames);
    duties = List.copyOf(duties);
  }

  /** The department with only the staffing statements recorded at or before {@code knownAt}. */
  public DepartmentRecord asKnownAt(Instant knownAt) {
    return new DepartmentRecord(code, name, divisionNames, duties, staffing.knownAt(knownAt), appliedSequence);
  }

  /** The directory entry, with the staffing of the latest effective statement. */
  DepartmentView view() {
    return new DepartmentView(
        code,
        name,
        latest(BaseFigures.AUTHORIZED_HEADCOUNT),
        latest(BaseFigures.ACTUAL_HEADCOUNT),
        latest(BaseFigures.DIVISION_COUNT),
        divisionNames);
  }

  private int latest(String figure) {
    return staffing.latest(figure).map(s -> s.values().get(figure).intValue()).orElse(0);
  }
}
