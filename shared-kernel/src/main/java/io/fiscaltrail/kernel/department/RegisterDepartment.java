package io.fiscaltrail.kernel.department;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Registers a budget unit with its staffing (编制人数 / 实有人数) and internal divisions (内设股室). */
public record RegisterDepartment(
    @TargetAggregateIdentifier DepartmentCode code,
    String name,
    int authorizedHeadcount,
    int actualHeadcount,
    int divisionCount,
    List<String> divisionNames) {

  public RegisterDepartment {
    divisionNames = List.copyOf(divisionNames);
  }
}
