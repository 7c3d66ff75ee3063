package io.fiscaltrail.command.department;

import io.fiscaltrail.command.RejectedCommand;
import io.fiscaltrail.kernel.department.RegisterDepartment;

/** The rules a department's registration must satisfy, each named so a reader can list them. */
final class DepartmentRules {

  private DepartmentRules() {}

  static void headcountsAreNotNegative(int authorized, int actual) {
    if (authorized < 0) {
      throw RejectedCommand.invalid("authorizedHeadcount", "must not be negative");
    }
    if (actual < 0) {
      throw RejectedCommand.invalid("actualHeadcount", "must not be negative");
    }
  }

  static void staffingIsPlausible(RegisterDepartment command) {
    if (command.name() == null || command.name().isBlank()) {
      throw RejectedCommand.invalid("name", "must not be blank");
    }
    headcountsAreNotNegative(command.authorizedHeadcount(), command.actualHeadcount());
    if (command.divisionCount() < command.divisionNames().size()) {
      throw RejectedCommand.invalid("divisions", "fewer divisions than division names");
    }
  }
}
