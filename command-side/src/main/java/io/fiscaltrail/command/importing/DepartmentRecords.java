package io.fiscaltrail.command.importing;

import io.fiscaltrail.kernel.department.ChangeStaffing;
import io.fiscaltrail.kernel.department.DepartmentCode;
import io.fiscaltrail.kernel.department.RegisterDepartment;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

/** Reads the records of a department's own stream. */
final class DepartmentRecords {

  private DepartmentRecords() {}

  static Supplier<Object> registration(RecordFields f) {
    DepartmentCode code = f.department();
    String name = f.requiredText("name");
    Integer authorized = f.requiredCount("authorizedHeadcount");
    Integer actual = f.requiredCount("actualHeadcount");
    List<String> divisions = f.optionalTextList("divisions");
    Integer divisionCount = f.optionalCount("divisionCount");
    List<String> duties = f.optionalTextList("duties");
    return () -> new RegisterDepartment(
        code, name, authorized, actual, divisionCount == null ? divisions.size() : divisionCount, divisions, duties);
  }

  static Supplier<Object> staffing(RecordFields f) {
    DepartmentCode code = f.department();
    Integer authorized = f.requiredCount("authorizedHeadcount");
    Integer actual = f.requiredCount("actualHeadcount");
    LocalDate effectiveDate = f.requiredDate("effectiveDate");
    String document = f.optionalText("document");
    return () -> new ChangeStaffing(code, authorized, actual, effectiveDate, document);
  }
}
